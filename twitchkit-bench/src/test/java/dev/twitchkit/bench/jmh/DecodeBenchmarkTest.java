package dev.twitchkit.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.twitchkit.bench.Frames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecodeBenchmarkTest {

    /** The set-up refuses a frame that either library misreads or does not deliver to its typed handler. */
    @ParameterizedTest
    @ValueSource(strings = {"keepalive", "follow", "chat"})
    void bothLibrariesDecodeAndDeliverEveryFrame(String frame) {
        DecodeBenchmark bench = new DecodeBenchmark();
        bench.frame = frame;
        assertThatCode(bench::setUp).doesNotThrowAnyException();
        assertThat(bench.twitchkit()).isNotNull();
        assertThat(bench.twitch4j()).isNotNull();
        assertThat(bench.jacksonTree()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"keepalive", "follow", "chat"})
    void framesGrowFromKeepaliveToChat(String frame) {
        assertThat(Frames.named(frame)).startsWith("{\"metadata\":");
        assertThat(Frames.named("keepalive").length()).isLessThan(Frames.named("follow").length());
        assertThat(Frames.named("follow").length()).isLessThan(Frames.named("chat").length());
    }
}
