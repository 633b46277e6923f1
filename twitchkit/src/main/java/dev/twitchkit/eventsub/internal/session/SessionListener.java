package dev.twitchkit.eventsub.internal.session;

import dev.twitchkit.eventsub.internal.decode.Message;

/**
 * Receives what a {@link SessionMachine} decides. Calls come under the machine's lock, one at a time and in
 * order, possibly on a socket's reading thread: implementations must return quickly and never block.
 */
public interface SessionListener {

    /** How a session came to be welcomed. */
    enum Start {
        /** The first session of this connection. */
        FIRST,
        /** A {@code session_reconnect} handover: same session, same subscriptions, nothing lost. */
        HANDOVER,
        /** A new session after a loss (or after an unused close): subscriptions must be created again. */
        RECREATED
    }

    /** A session was welcomed; {@code previousSessionId} is the lost one for {@link Start#RECREATED}, else null. */
    void onSessionStarted(String sessionId, Start start, String previousSessionId);

    /** A notification that is neither a duplicate nor stale. */
    void onNotification(Message.Notification notification);

    /** Twitch revoked a subscription. */
    void onRevocation(Message.Revocation revocation);

    /** The session's socket ended; {@code sessionId} is null if it was never welcomed. */
    void onDisconnected(String sessionId, int code, String reason, boolean willReconnect);
}
