package dev.twitchkit.transport;

import java.nio.ByteBuffer;

/**
 * What a {@link WebSocketTransport} tells the engine about one connection, one call at a time and in order.
 * Exactly one of {@link #onClose} and {@link #onError} ends a connection; nothing follows it.
 */
public interface WebSocketListener {
    /** The handshake succeeded; comes before any frame. */
    void onOpen(WebSocketConnection connection);

    /**
     * A piece of a text message as the UTF-8 bytes it came in, in order; {@code last} marks its end (a message in one
     * frame comes as one piece). A piece may end inside a character. This is the form to use when the transport has
     * the bytes off the wire: the engine parses UTF-8 directly, so nothing is decoded to characters. The bytes (from
     * the buffer's position to its limit) are only valid during the call: the transport may reuse them.
     *
     * <p>A message comes in one form, all its pieces UTF-8 bytes or all characters ({@link #onText(CharSequence,
     * boolean)}); a message that mixes them ends the connection.
     */
    void onText(ByteBuffer utf8, boolean last);

    /**
     * A piece of a text message as characters, for transports whose client decodes text itself; in order,
     * {@code last} marks its end. The characters are only valid during the call: the transport may reuse their
     * buffer.
     */
    void onText(CharSequence piece, boolean last);

    /** The peer answered a ping. */
    void onPong();

    /** The peer closed the connection with this code and reason. */
    void onClose(int code, String reason);

    /** The connection broke without a close frame (reset, I/O error, aborted, handshake lost after open). */
    void onError(Throwable error);
}
