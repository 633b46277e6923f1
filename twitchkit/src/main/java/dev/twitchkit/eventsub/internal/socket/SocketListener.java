package dev.twitchkit.eventsub.internal.socket;

/**
 * Receives what one {@link EventSubSocket} reads. Calls for one socket come one at a time, in order; calls for
 * different sockets may overlap. Exactly one of {@link #onClosed} and {@link #onFailure} ends a socket.
 */
public interface SocketListener {
    /** A complete text message as its UTF-8 bytes (partial frames already joined); the listener may keep them. */
    void onText(EventSubSocket socket, byte[] utf8);

    /** The peer closed the socket with this code and reason. */
    void onClosed(EventSubSocket socket, int code, String reason);

    /** The socket broke without a close frame (reset, I/O error, aborted). */
    void onFailure(EventSubSocket socket, Throwable error);

    /** The peer answered a {@link EventSubSocket#ping()}: the connection is alive. */
    default void onPong(EventSubSocket socket) {
    }
}
