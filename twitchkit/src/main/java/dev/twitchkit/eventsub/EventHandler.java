package dev.twitchkit.eventsub;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;

/**
 * Receives the notifications of one event type. Runs on the client's dispatch executor, never on the socket's
 * reading thread; the notifications of one connection arrive in the order Twitch sent them. An exception thrown
 * here goes to the client's {@code onError} and does not stop other handlers or the connection.
 *
 * @param <E> the event record ({@link dev.twitchkit.eventsub.event.RawEvent} for types without a model)
 */
@FunctionalInterface
public interface EventHandler<E extends EventSubEvent> {
    /** Handles one notification: the event with its message id, timestamp, subscription and raw JSON. */
    void handle(Notification<E> notification) throws Exception;
}
