package dev.twitchkit.transport.netty;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the frames of one fragmented text message as they come, each to its own piece. A character whose UTF-8
 * bytes are split between two frames is held back (at most three bytes) and completed with the next frame. It
 * exists only while such a message arrives, so an idle connection keeps none. Malformed bytes become U+FFFD, as
 * with {@code new String(bytes, UTF_8)} for a message in one frame.
 */
final class FragmentDecoder {
    private static final int LONGEST_SEQUENCE = 4;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final byte[] carry = new byte[LONGEST_SEQUENCE];
    private int carried;

    /** The characters of the next frame; with {@code last}, held-back bytes that never completed become U+FFFD. */
    CharBuffer decode(ByteBuffer frame, boolean last) {
        CharBuffer out = CharBuffer.allocate(frame.remaining() + carried + 1);
        while (carried > 0 && frame.hasRemaining()) {
            carry[carried++] = frame.get();
            decodeCarry(out, false);
        }
        if (carried > 0) { // the frame ran out before the held-back character completed
            decodeCarry(out, last);
        } else {
            check(decoder.decode(frame, out, last));
            carried = frame.remaining(); // an incomplete last character, at most three bytes
            frame.get(carry, 0, carried);
        }
        if (last) {
            check(decoder.flush(out));
        }
        return out.flip();
    }

    private void decodeCarry(CharBuffer out, boolean last) {
        ByteBuffer bytes = ByteBuffer.wrap(carry, 0, carried);
        check(decoder.decode(bytes, out, last));
        System.arraycopy(carry, bytes.position(), carry, 0, bytes.remaining());
        carried = bytes.remaining();
    }

    /** UTF-8 never yields more characters than bytes, so the output always has room. */
    private static void check(CoderResult result) {
        if (result.isOverflow()) {
            throw new IllegalStateException("UTF-8 decoding overflowed its buffer");
        }
    }
}
