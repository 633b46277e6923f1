package dev.twitchkit.eventsub.internal.decode;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import java.util.List;
import java.util.function.Supplier;

/**
 * One event of a notification frame as the decoder hands it on: the envelope is read, the event record may not be
 * bound yet. Binding a record is most of the cost of a frame, so the socket's reading thread only reads the envelope
 * and the dispatch stage calls {@link #get()} just before delivering; reading and binding then run on two cores.
 *
 * <p>{@link #get()} binds at most once (later calls return the same list) and never throws: an event that does not
 * fit its model arrives as a {@code RawEvent}, a frame that turns out not to be JSON yields no notification (each
 * counted in {@link DecodeCounters}), exactly as if the frame had been decoded in one go.
 */
public final class PendingNotification implements Supplier<List<Notification<?>>> {
    private final String messageId;
    private final SubscriptionMetadata subscription;
    private final Class<? extends EventSubEvent> eventClass;
    /** Binds the event on first {@link #get()}; null once bound. */
    private DeferredEvent deferred;
    private volatile List<Notification<?>> bound;

    /** An event bound already (tree path, batches, types without a model). */
    PendingNotification(Notification<?> notification) {
        this.messageId = notification.messageId();
        this.subscription = notification.subscription();
        this.eventClass = notification.event().getClass();
        this.bound = List.of(notification);
    }

    /** An event to bind later. */
    PendingNotification(String messageId, SubscriptionMetadata subscription,
                        Class<? extends EventSubEvent> eventClass, DeferredEvent deferred) {
        this.messageId = messageId;
        this.subscription = subscription;
        this.eventClass = eventClass;
        this.deferred = deferred;
    }

    /** Binds an event left unbound by the reading thread. */
    interface DeferredEvent {
        /** The notifications of the frame; never throws. */
        List<Notification<?>> bind();
    }

    /** Twitch's {@code message_id} of the frame. */
    public String messageId() {
        return messageId;
    }

    /** The subscription the frame names. */
    public SubscriptionMetadata subscription() {
        return subscription;
    }

    /**
     * The record class the event binds to (its model), known before binding; the event may still arrive as a
     * {@code RawEvent} if it does not fit.
     */
    public Class<? extends EventSubEvent> eventClass() {
        return eventClass;
    }

    /** Whether the event is bound already (then {@link #get()} costs nothing). */
    public boolean isBound() {
        return bound != null;
    }

    /** The notifications of this event: usually one; none when the frame turned out malformed. */
    @Override
    public List<Notification<?>> get() {
        List<Notification<?>> done = bound;
        if (done != null) {
            return done;
        }
        synchronized (this) {
            if (bound == null) {
                bound = deferred.bind();
                deferred = null; // the frame text can go
            }
            return bound;
        }
    }

    @Override
    public String toString() {
        return "PendingNotification[messageId=" + messageId + ", type=" + subscription.type() + ", bound="
                + isBound() + "]";
    }
}
