package dev.twitchkit.transport;

/**
 * What a {@link WebSocketTransport} tells the engine about one connection, one call at a time and in order.
 * Exactly one of {@link #onClose} and {@link #onError} ends a connection; nothing follows it.
 */
public interface WebSocketListener {
    /** The handshake succeeded; comes before any frame. */
    void onOpen(WebSocketConnection connection);

    /**
     * A piece of a text message, in order; {@code last} marks its end (a message in one frame comes as one piece).
     * The characters are only valid during the call: the transport may reuse their buffer.
     */
    void onText(CharSequence piece, boolean last);

    /** The peer answered a ping. */
    void onPong();

    /** The peer closed the connection with this code and reason. */
    void onClose(int code, String reason);

    /** The connection broke without a close frame (reset, I/O error, aborted, handshake lost after open). */
    void onError(Throwable error);
}
