package dev.twitchkit.eventsub.lifecycle;

import dev.twitchkit.eventsub.CloseCode;
import java.util.Optional;

/**
 * A session's socket closed or was given up (keepalive silence, network failure).
 *
 * @param sessionId the session that ended; null if it was never welcomed
 * @param code the WebSocket close code; 1006 for an abnormal end without a close frame, including keepalive
 *             silence
 * @param reason the close reason or what went wrong
 * @param willReconnect whether the client reconnects by itself
 */
public record SessionDisconnectedEvent(String sessionId, int code, String reason, boolean willReconnect)
        implements LifecycleEvent {
    /** The Twitch close code, if {@link #code()} is one. */
    public Optional<CloseCode> closeCode() {
        return CloseCode.of(code);
    }
}
