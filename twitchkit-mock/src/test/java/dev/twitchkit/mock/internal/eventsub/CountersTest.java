package dev.twitchkit.mock.internal.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockCounters;
import dev.twitchkit.mock.MockTwitch;
import org.junit.jupiter.api.Test;

class CountersTest {
    private static final int HISTORY = Counters.RESENDABLE + 500;

    @Test
    void remembersOnlyTheMostRecentMessageIds() {
        Counters counters = new Counters(HISTORY);
        int total = HISTORY + 300;
        for (int i = 0; i < total; i++) {
            counters.sent("id-" + i, null, "frame-" + i);
        }
        counters.resent(counters.resendable("id-" + (total - 1)).orElseThrow());

        MockCounters snapshot = counters.snapshot();
        assertThat(snapshot.sent()).isEqualTo(total + 1);
        assertThat(snapshot.timesSentByMessageId()).hasSize(HISTORY);
        assertThat(snapshot.timesSent("id-0")).isZero();
        assertThat(snapshot.timesSent("id-299")).isZero();
        assertThat(snapshot.timesSent("id-300")).isEqualTo(1);
        assertThat(snapshot.timesSent("id-" + (total - 1))).isEqualTo(2);
    }

    @Test
    void keepsFramesForResendOnlyWithinTheWindow() {
        Counters counters = new Counters(HISTORY);
        int total = Counters.RESENDABLE + 100;
        for (int i = 0; i < total; i++) {
            counters.sent("id-" + i, null, "frame-" + i);
        }
        // Still counted, no longer resendable: its frame was released.
        assertThat(counters.snapshot().timesSent("id-99")).isEqualTo(1);
        assertThat(counters.resendable("id-99")).isEmpty();
        assertThat(counters.resendable("id-100")).map(e -> e.frame).contains("frame-100");
        assertThat(counters.resendable("id-" + (total - 1))).isPresent();
    }

    @Test
    void resetForgetsEverything() {
        Counters counters = new Counters(HISTORY);
        counters.sent("a", null, "frame");
        counters.dropped();
        counters.reset();
        MockCounters snapshot = counters.snapshot();
        assertThat(snapshot.sent()).isZero();
        assertThat(snapshot.dropped()).isZero();
        assertThat(snapshot.timesSentByMessageId()).isEmpty();
        assertThat(counters.resendable("a")).isEmpty();
    }

    @Test
    void historySmallerThanTheResendWindowIsRefused() {
        assertThatThrownBy(() -> new Counters(Counters.RESENDABLE - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
        assertThatThrownBy(() -> MockTwitch.builder().messageIdHistory(9_999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageIdHistory");
    }
}
