package dev.twitchkit.eventsub.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.module.SimpleModule;

/** The hand-parsed event instants agree with Jackson's parser on every input, accepted or refused. */
class EventInstantDeserializerTest {
    record Stamped(Instant at) {
    }

    private final ObjectMapper fast = Json.mapper().rebuild()
            .addModule(new SimpleModule().addDeserializer(Instant.class, new EventInstantDeserializer())).build();
    private final ObjectMapper jackson = Json.mapper();

    @Test
    void agreesWithJacksonOnEveryShape() {
        List<String> values = List.of("\"2023-07-19T14:56:51.634234626Z\"", "\"2023-07-19T14:56:51Z\"",
                "\"2023-07-19T14:56:51.6Z\"", "\"2024-02-29T23:59:59.999999999Z\"", "\"0000-01-01T00:00:00Z\"",
                "\"2023-07-19T14:56:51+02:00\"", "\"2023-07-19T14:56:51.5-07:30\"", "\" 2023-07-19T14:56:51Z \"",
                "1689778611", "1689778611.634", "null", "\"\"");
        for (String value : values) {
            String json = "{\"at\":" + value + "}";
            assertThat(fast.readValue(json, Stamped.class)).as(value).isEqualTo(jackson.readValue(json, Stamped.class));
        }
    }

    @Test
    void oddTextsGetJacksonsAnswerWhateverItIs() {
        for (String value : List.of("\"2023-02-30T00:00:00Z\"", "\"2023-07-19T24:00:00Z\"", "\"not a time\"",
                "\"2023-07-19T14:56:51.Z\"", "\"2023-07-19T14:56:51.1234567890Z\"", "\"2023-07-19T14:56:60Z\"")) {
            String json = "{\"at\":" + value + "}";
            assertThat(outcome(fast, json)).as(value).isEqualTo(outcome(jackson, json));
        }
        assertThatThrownBy(() -> fast.readValue("{\"at\":\"not a time\"}", Stamped.class))
                .isInstanceOf(JacksonException.class);
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return "value " + mapper.readValue(json, Stamped.class);
        } catch (JacksonException e) {
            return "refused";
        }
    }
}
