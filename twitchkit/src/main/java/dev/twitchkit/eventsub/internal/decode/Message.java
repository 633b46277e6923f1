package dev.twitchkit.eventsub.internal.decode;

import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** One decoded EventSub WebSocket frame. */
public sealed interface Message {

    /** {@code session_welcome}: the session is open. */
    record Welcome(String messageId, Instant timestamp, String sessionId, int keepaliveTimeoutSeconds)
            implements Message {
    }

    /** {@code session_keepalive}: the connection is alive though nothing happened. */
    record Keepalive(String messageId, Instant timestamp) implements Message {
    }

    /**
     * {@code notification}: one event, or several when Twitch batches them in {@code events[]} (then they share
     * the message id). The session stage needs only the envelope; an event may still be unbound (see
     * {@link PendingNotification}) so that the dispatch stage binds it off the reading thread.
     */
    record Notification(String messageId, Instant timestamp, List<PendingNotification> pending) implements Message {
        public Notification {
            pending = List.copyOf(pending);
        }

        /** A notification whose events are bound already. */
        static Notification bound(String messageId, Instant timestamp,
                                  List<dev.twitchkit.eventsub.event.Notification<?>> events) {
            return new Notification(messageId, timestamp, events.stream().map(PendingNotification::new).toList());
        }

        /**
         * The events, bound now on the calling thread if they are not yet (for tests and tools; the client binds
         * them in its dispatch stage). Empty when the frame turned out malformed.
         */
        public List<dev.twitchkit.eventsub.event.Notification<?>> events() {
            if (pending.size() == 1) {
                return pending.get(0).get();
            }
            List<dev.twitchkit.eventsub.event.Notification<?>> out = new java.util.ArrayList<>(pending.size());
            for (PendingNotification each : pending) {
                out.addAll(each.get());
            }
            return List.copyOf(out);
        }
    }

    /** {@code session_reconnect}: move to {@code reconnectUrl} (as given) before the old socket closes. */
    record Reconnect(String messageId, Instant timestamp, String sessionId, URI reconnectUrl) implements Message {
    }

    /** {@code revocation}: Twitch dropped a subscription; {@code subscription.status()} says why. */
    record Revocation(String messageId, Instant timestamp, SubscriptionMetadata subscription) implements Message {
    }

    /** A frame that is not a usable EventSub message: bad JSON, an unknown type, missing fields. */
    record Unknown(String messageType, String problem) implements Message {
    }
}
