package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

/** Twitch's time from a host clock that is wrong: the offset of the last stamped message corrects it. */
class TwitchClockTest {
    private static final Instant HOST_NOW = Instant.parse("2026-01-01T12:10:00Z");
    private final TwitchClock clock = new TwitchClock(InstantSource.fixed(HOST_NOW));

    @Test
    void untilAMessageIsSeenItIsTheHostsClock() {
        assertThat(clock.instant()).isEqualTo(HOST_NOW);
    }

    @Test
    void aHostTenMinutesAheadIsCorrectedByTheOffsetOfTheLastMessage() {
        clock.observe(HOST_NOW.minus(Duration.ofMinutes(10)));
        assertThat(clock.offset()).isEqualTo(Duration.ofMinutes(-10));
        assertThat(clock.instant()).isEqualTo(HOST_NOW.minus(Duration.ofMinutes(10)));

        clock.observe(HOST_NOW.minusMillis(40)); // the host's clock was fixed meanwhile: the latest offset counts
        assertThat(clock.instant()).isEqualTo(HOST_NOW.minusMillis(40));
    }
}
