package dev.twitchkit.mock;

/**
 * Something that goes wrong on an EventSub WebSocket session, applied with {@link MockSession#apply(Fault)}
 * (as OkHttp's {@code SocketEffect}). Each maps to one {@link MockSession} operation.
 */
public sealed interface Fault {
    /** The session sends no more {@code session_keepalive} messages (notifications still flow). */
    record StopKeepalives() implements Fault {
    }

    /**
     * The server closes the socket with a code: 4000 internal error, 4001 inbound traffic, 4002 ping-pong,
     * 4003 unused, 4004 reconnect grace expired, 4005 network timeout, 4006 network error, 4007 invalid
     * reconnect, or any other valid close code.
     */
    record Close(int code) implements Fault {
    }

    /** The TCP connection drops with no close frame. */
    record DropTcp() implements Fault {
    }

    /** A text frame sent as is, even if it is not JSON. */
    record RawFrame(String text) implements Fault {
        public RawFrame {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** A {@code session_reconnect} message, as when Twitch swaps an edge server. */
    record Reconnect() implements Fault {
    }
}
