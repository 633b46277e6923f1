package dev.twitchkit.mock.internal.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockClock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A deadline reached in real time wakes the store, for mocks whose clock nobody advances. */
class WakeupsTest {
    @Test
    void theSettleRunsOnceTheDeadlineHasComeOnTheClock() throws Exception {
        MockClock clock = new MockClock();
        Instant deadline = clock.instant().plusMillis(50);
        CompletableFuture<Instant> woke = new CompletableFuture<>();

        Wakeups.at(clock, deadline, woke::complete);

        assertThat(woke.get(5, TimeUnit.SECONDS)).isAfterOrEqualTo(deadline);
    }
}
