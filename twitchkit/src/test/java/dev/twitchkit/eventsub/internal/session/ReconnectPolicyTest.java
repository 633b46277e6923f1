package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Reconnect delays on a hand-driven monotonic clock, with the jitter at its top (0.999): server closes of welcomed
 * sessions reconnect within the initial delay, attempts that never got a welcome back off, and a loop of welcomes
 * and closes is slowed down.
 */
class ReconnectPolicyTest {
    private static final Duration INITIAL = Duration.ofSeconds(1);
    private static final Duration SHORT_LIVED = Duration.ofSeconds(3);
    private final AtomicLong nanos = new AtomicLong();
    private final ReconnectPolicy policy = new ReconnectPolicy(INITIAL, Duration.ofSeconds(180),
            Duration.ofSeconds(60), () -> 0.999, nanos::get);

    private void elapse(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void eightServerClosesInARowEachReconnectWithinTheInitialDelay() {
        // The fault run's case: eight close codes, none of the sessions living 60 s, each a few seconds apart.
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            elapse(SHORT_LIVED);
            delays.add(policy.afterLoss(SHORT_LIVED));
        }
        assertThat(delays).allSatisfy(d -> assertThat(d).isLessThan(INITIAL));
    }

    @Test
    void attemptsThatNeverReachAWelcomeBackOffAndAWelcomeStartsOver() {
        assertThat(policy.afterLoss(null)).isLessThan(Duration.ofSeconds(1));
        assertThat(policy.afterLoss(null)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(policy.afterLoss(null)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
        assertThat(policy.afterLoss(null)).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8));

        assertThat(policy.afterLoss(SHORT_LIVED)).isLessThan(INITIAL);
        assertThat(policy.afterLoss(null)).isLessThan(Duration.ofSeconds(1)); // from the initial delay again
    }

    @Test
    void welcomesClosedAtOnceAgainAndAgainAreSlowedDownUntilTheWindowClears() {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < ReconnectPolicy.PROMPT_BUDGET + 3; i++) {
            delays.add(policy.afterLoss(Duration.ZERO));
        }
        assertThat(delays.subList(0, ReconnectPolicy.PROMPT_BUDGET))
                .allSatisfy(d -> assertThat(d).isLessThan(INITIAL));
        assertThat(delays.subList(ReconnectPolicy.PROMPT_BUDGET, delays.size()))
                .extracting(Duration::toMillis).containsExactly(999L, 1998L, 3996L);

        elapse(ReconnectPolicy.PROMPT_WINDOW);
        assertThat(policy.afterLoss(Duration.ZERO)).isLessThan(INITIAL);
    }

    @Test
    void aStableSessionClearsTheGuard() {
        for (int i = 0; i < ReconnectPolicy.PROMPT_BUDGET; i++) {
            policy.afterLoss(Duration.ZERO);
        }
        assertThat(policy.afterLoss(Duration.ofSeconds(60))).isLessThan(INITIAL);
    }
}
