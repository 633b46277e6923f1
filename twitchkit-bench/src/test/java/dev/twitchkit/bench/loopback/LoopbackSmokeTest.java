package dev.twitchkit.bench.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.bench.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each library, and the raw ceiling, through the real harness with small counts: every message arrives. */
class LoopbackSmokeTest {

    @ParameterizedTest
    @ValueSource(strings = {"twitchkit", "twitch4j", "raw"})
    void throughputRunDeliversEveryMessage(String library) throws Exception {
        String json = Throughput.run(library, 500, 2_000).toJson();
        // Every frame handled is the check; "dropped" is only measured by twitchkit (the others report 0 by
        // construction), and 2,000 delivered leaves it nothing to count.
        assertThat(json).contains("\"delivered\":2000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"twitchkit", "twitch4j"})
    void latencyRunMeasuresEveryMessage(String library) throws Exception {
        Result result = Latency.run(library, 1_000, 1, 1);
        assertThat(result.toJson()).contains("\"received\":1000").contains("\"p99_us\":");
    }
}
