package dev.twitchkit.eventsub.internal.socket;

import dev.twitchkit.transport.WebSocketTransport;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Joins the pieces of a socket's text messages, one message at a time, into each message's UTF-8 bytes, and keeps
 * the cap on a message's length in characters ({@code char}s, as {@link String#length()} counts them). A transport
 * hands a message over as UTF-8 bytes or as characters, one form a message.
 *
 * <p>Bytes are joined as they are and counted in characters only when a message has more bytes than the cap allows
 * characters (a character takes at least one byte, so a message within the cap in bytes is within it in characters):
 * the count costs nothing for the messages Twitch sends. Past {@link WebSocketTransport#maxUtf8Bytes} a message is
 * refused whatever it holds (bytes that are not UTF-8 may count as no characters). Characters are joined in a
 * {@link StringBuilder}, which keeps a pair split between pieces intact, and encoded once the message is whole.
 *
 * <p>Not thread-safe: a socket's pieces come one at a time.
 */
final class MessageJoiner {
    /** A joining buffer larger than this (in bytes or characters) is dropped after its message. */
    static final int RETAINED_CAPACITY = 16 * 1024;
    private static final byte[] NONE = new byte[0];

    private final int maxChars;
    private final long maxBytes;
    /** The bytes of a message arriving as UTF-8: {@code bytes[0, size)}. */
    private byte[] bytes = NONE;
    private int size;
    /** The characters in {@code bytes[0, counted)}, once a message needed counting. */
    private long countedChars;
    private int counted;
    /** The characters of a message arriving as characters; null between such messages. */
    private StringBuilder chars;

    MessageJoiner(int maxChars) {
        this.maxChars = maxChars;
        this.maxBytes = WebSocketTransport.maxUtf8Bytes(maxChars);
    }

    /**
     * Adds a piece of UTF-8 bytes.
     *
     * @return the whole message after its last piece, else null
     * @throws ProtocolException if the message passes the cap with this piece (what was joined is dropped)
     * @throws IllegalStateException if the message so far came as characters
     */
    byte[] add(ByteBuffer utf8, boolean last) throws ProtocolException {
        requireForm(chars == null);
        int length = utf8.remaining();
        long receivedBytes = (long) size + length;
        if (receivedBytes > maxChars) {
            if (receivedBytes > maxBytes) { // more than any message within the cap takes, whatever it holds
                throw tooLong(receivedBytes + " bytes of UTF-8");
            }
            long received = charsUpTo(size) + charsIn(utf8);
            if (received > maxChars) {
                throw tooLong(received + " characters");
            }
        }
        if (last && size == 0) {
            byte[] message = new byte[length]; // the usual case: the message in one piece, copied once
            utf8.get(message);
            return message;
        }
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + length, Math.max(64, 2 * bytes.length)));
        }
        utf8.get(bytes, size, length);
        size += length;
        return last ? takeBytes() : null;
    }

    /**
     * Adds a piece of characters.
     *
     * @return the whole message's UTF-8 bytes after its last piece, else null
     * @throws ProtocolException if the message passes the cap with this piece (what was joined is dropped)
     * @throws IllegalStateException if the message so far came as bytes
     */
    byte[] add(CharSequence piece, boolean last) throws ProtocolException {
        requireForm(size == 0);
        long received = (chars == null ? 0L : chars.length()) + piece.length();
        if (received > maxChars) {
            throw tooLong(received + " characters");
        }
        if (last && chars == null) {
            return piece.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (chars == null) {
            chars = new StringBuilder();
        }
        if (piece instanceof CharBuffer buffer && buffer.hasArray()) {
            // StringBuilder.append(CharSequence) would copy a buffer a char at a time, the array form in bulk.
            chars.append(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        } else {
            chars.append(piece);
        }
        if (!last) {
            return null;
        }
        byte[] message = chars.toString().getBytes(StandardCharsets.UTF_8);
        chars = null;
        return message;
    }

    /** How much the buffer that joins a message's pieces can hold now (bytes or characters), for tests. */
    int capacity() {
        return chars != null ? chars.capacity() : bytes.length;
    }

    /** Forgets the message arriving now, and the buffer it took. */
    private void drop() {
        bytes = NONE;
        size = 0;
        counted = 0;
        countedChars = 0;
        chars = null;
    }

    /** The joined message; the buffer is kept for the next one unless a large message grew it. */
    private byte[] takeBytes() {
        byte[] message = Arrays.copyOf(bytes, size);
        byte[] kept = bytes.length > RETAINED_CAPACITY ? NONE : bytes;
        drop();
        bytes = kept;
        return message;
    }

    private void requireForm(boolean same) {
        if (!same) {
            drop();
            throw new IllegalStateException("the transport handed one text message over partly as UTF-8 bytes and "
                    + "partly as characters");
        }
    }

    private ProtocolException tooLong(String received) {
        drop();
        return new ProtocolException("a message longer than " + maxChars + " characters (" + received
                + " received so far)");
    }

    /** The characters in {@code bytes[0, end)}, counting on from what was counted before. */
    private long charsUpTo(int end) {
        for (int i = counted; i < end; i++) {
            countedChars += charsStartingAt(bytes[i]);
        }
        counted = end;
        return countedChars;
    }

    /** The characters in the buffer's remaining bytes, which it leaves where they are. */
    private static long charsIn(ByteBuffer utf8) {
        long n = 0;
        for (int i = utf8.position(); i < utf8.limit(); i++) {
            n += charsStartingAt(utf8.get(i));
        }
        return n;
    }

    /**
     * The {@code char}s that start at a byte of UTF-8: none at a continuation byte ({@code 10xxxxxx}), two at the
     * first of four bytes (a character outside the BMP is a surrogate pair), else one. Counted this way, a piece
     * may end inside a character.
     */
    private static int charsStartingAt(byte b) {
        if ((b & 0xC0) == 0x80) {
            return 0;
        }
        return (b & 0xF8) == 0xF0 ? 2 : 1;
    }
}
