package dev.twitchkit.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.internal.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;

/** The envelope binds Twitch's pagination in both its shapes: the usual object and the bare string. */
class DataResponseTest {
    private static final JavaType TYPE = Json.mapper().getTypeFactory()
            .constructParametricType(DataResponse.class, String.class);

    @Test
    void theCursorIsReadFromTheObjectOrTheBareStringAndBlankMeansLastPage() {
        assertThat(read("{\"data\":[\"a\"],\"pagination\":{\"cursor\":\"abc\"}}").cursor()).isEqualTo("abc");
        assertThat(read("{\"data\":[\"a\"],\"pagination\":\"xyz\"}").cursor()).isEqualTo("xyz");
        assertThat(read("{\"data\":[\"a\"],\"pagination\":\"\"}").cursor()).isNull();
        assertThat(read("{\"data\":[\"a\"],\"pagination\":{}}").cursor()).isNull();
        assertThat(read("{\"data\":[\"a\"]}").cursor()).isNull();
    }

    private static DataResponse<String> read(String json) {
        return Json.mapper().readValue(json, TYPE);
    }
}
