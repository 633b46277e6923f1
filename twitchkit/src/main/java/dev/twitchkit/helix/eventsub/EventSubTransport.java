package dev.twitchkit.helix.eventsub;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.internal.Checks;
import java.time.Instant;

/**
 * Where an EventSub subscription or a conduit shard delivers: a WebSocket session, a conduit or a webhook.
 * Requests set only what their method needs; answers also carry the connection times.
 * {@link #toString()} leaves the webhook secret out.
 *
 * @param method {@code websocket}, {@code conduit} or {@code webhook}
 * @param sessionId the WebSocket session id ({@code websocket})
 * @param conduitId the conduit id ({@code conduit})
 * @param callback the webhook address ({@code webhook})
 * @param secret the webhook signing secret ({@code webhook}, requests only)
 * @param connectedAt when the WebSocket connected (answers)
 * @param disconnectedAt when the WebSocket disconnected (answers)
 */
public record EventSubTransport(String method, String sessionId, String conduitId, String callback, String secret,
                                Instant connectedAt, Instant disconnectedAt) {

    /** Delivery to a WebSocket session. */
    public static EventSubTransport webSocket(String sessionId) {
        return new EventSubTransport("websocket", Checks.notBlank(sessionId, "sessionId"), null, null, null, null,
                null);
    }

    /** Delivery to a conduit. */
    public static EventSubTransport conduit(String conduitId) {
        return new EventSubTransport("conduit", null, Checks.notBlank(conduitId, "conduitId"), null, null, null,
                null);
    }

    /** Delivery to a webhook callback, signed with {@code secret}. */
    public static EventSubTransport webhook(String callback, String secret) {
        return new EventSubTransport("webhook", null, null, Checks.notBlank(callback, "callback"),
                Checks.notBlank(secret, "secret"), null, null);
    }

    /** The request form: only the members that are set (never the answer-only connection times). */
    public java.util.Map<String, Object> toRequest() {
        return Bodies.of("method", method, "session_id", sessionId, "conduit_id", conduitId, "callback", callback,
                "secret", secret);
    }

    @Override
    public String toString() {
        return "EventSubTransport[method=" + method + ", sessionId=" + sessionId + ", conduitId=" + conduitId
                + ", callback=" + callback + ", connectedAt=" + connectedAt + ", disconnectedAt=" + disconnectedAt
                + "]";
    }
}
