package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void ceilingDoublesFromOneSecondUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(180), () -> 0.999_999);
        long[] delays = new long[10];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = backoff.next().toMillis();
        }
        assertThat(delays).containsExactly(999, 1999, 3999, 7999, 15_999, 31_999, 63_999, 127_999, 179_999, 179_999);
    }

    @Test
    void fullJitterSpansZeroToTheCeiling() {
        Backoff low = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(180), () -> 0.0);
        Backoff mid = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(180), () -> 0.5);
        low.next();
        mid.next();
        assertThat(low.next()).isEqualTo(Duration.ZERO);
        assertThat(mid.next()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void resetStartsOver() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(180), () -> 0.5);
        backoff.next();
        backoff.next();
        backoff.next();
        backoff.reset();
        assertThat(backoff.attempts()).isZero();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
