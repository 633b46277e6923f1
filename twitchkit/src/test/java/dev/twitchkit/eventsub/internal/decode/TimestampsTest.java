package dev.twitchkit.eventsub.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2023-07-19T14:56:51.634234626Z", "2023-07-19T14:56:51Z", "2020-02-29T23:59:59.1Z",
            "1999-12-31T00:00:00.000000001Z", "2023-07-19T14:56:51.63423Z", "2023-07-19T14:56:51.123456789Z"})
    void theFastPathAgreesWithTheJdk(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(text));
    }

    @Test
    void otherShapesFallBackToTheJdk() {
        assertThat(Timestamps.parse("2023-07-19T16:56:51.5+02:00")).isEqualTo(Instant.parse("2023-07-19T14:56:51.5Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2023-02-30T00:00:00Z", "2023-13-01T00:00:00Z",
            "2023-07-19T14:56:51.1234567890Z", "2023-07-19 14:56:51Z", "2023-07-1aT14:56:51Z"})
    void nonsenseIsNull(String text) {
        assertThat(Timestamps.parse(text)).isNull();
    }
}
