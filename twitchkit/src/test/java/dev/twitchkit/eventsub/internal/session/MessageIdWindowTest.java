package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MessageIdWindowTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final InstantSource clock = now::get;

    @Test
    void secondSightingWithinTheWindowIsADuplicate() {
        MessageIdWindow window = new MessageIdWindow(Duration.ofMinutes(10), 1000, clock);
        assertThat(window.firstTime("a")).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(9)));
        assertThat(window.firstTime("a")).isFalse();
        assertThat(window.firstTime("b")).isTrue();
    }

    @Test
    void idsOlderThanTheWindowAreForgotten() {
        MessageIdWindow window = new MessageIdWindow(Duration.ofMinutes(10), 1000, clock);
        window.firstTime("a");
        now.set(now.get().plus(Duration.ofMinutes(11)));
        window.firstTime("b");
        assertThat(window.size()).isEqualTo(1);
        assertThat(window.firstTime("a")).isTrue();
    }

    @Test
    void memoryStaysBoundedUnderAFlood() {
        MessageIdWindow window = new MessageIdWindow(Duration.ofMinutes(10), 100, clock);
        for (int i = 0; i < 10_000; i++) {
            window.firstTime("id-" + i);
        }
        assertThat(window.size()).isEqualTo(100);
        assertThat(window.firstTime("id-9999")).isFalse();
        assertThat(window.firstTime("id-0")).isTrue(); // evicted first
    }
}
