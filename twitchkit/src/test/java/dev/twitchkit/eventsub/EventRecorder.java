package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/** A handler that keeps what it receives, for assertions. */
final class EventRecorder<E extends EventSubEvent> implements EventHandler<E> {
    private final List<Notification<E>> received = new CopyOnWriteArrayList<>();

    @Override
    public void handle(Notification<E> notification) {
        received.add(notification);
    }

    List<Notification<E>> received() {
        return received;
    }

    List<String> messageIds() {
        return received.stream().map(Notification::messageId).toList();
    }

    /** Waits until {@code count} notifications arrived, then checks that no more come in a short while. */
    List<Notification<E>> awaitExactly(int count) {
        Awaitility.await("" + count + " notifications").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10)).until(() -> received.size() >= count);
        try {
            Thread.sleep(150); // a duplicate would arrive right behind
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(received).hasSize(count);
        return received;
    }
}
