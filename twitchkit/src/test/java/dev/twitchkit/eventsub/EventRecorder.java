package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
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

    /**
     * Waits until {@code count} notifications arrived, then proves no more came: {@code sendMarker} sends one more
     * notification on the same socket and returns its message ids; once the marker is handled, anything the server
     * sent before it (a duplicate included) has been handled too, as dispatch keeps each socket's order. The marker
     * is not counted and is left out of {@link #received()}.
     */
    List<Notification<E>> awaitExactly(int count, Supplier<List<String>> sendMarker) {
        Awaitility.await("" + count + " notifications").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10)).until(() -> received.size() >= count);
        List<String> marker = sendMarker.get();
        assertThat(marker).as("the marker notification was sent").isNotEmpty();
        Awaitility.await("the marker notification").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10)).until(() -> messageIds().containsAll(marker));
        received.removeIf(n -> marker.contains(n.messageId()));
        assertThat(received).hasSize(count);
        return received;
    }
}
