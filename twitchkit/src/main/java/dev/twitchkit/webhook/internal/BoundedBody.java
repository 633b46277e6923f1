package dev.twitchkit.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A request body read up to a limit: reading stops one byte past it, so a body too long is refused before it is all
 * in memory, whatever its {@code Content-Length} claimed (or without one, chunked).
 *
 * @param bytes the buffer; only the first {@code length} bytes are the body
 * @param length the body's length
 */
record BoundedBody(byte[] bytes, int length) {
    private static final int FIRST_BUFFER = 16 * 1024;

    /** The body, or null when it is longer than {@code maxBytes}. */
    static BoundedBody read(InputStream in, int maxBytes) throws IOException {
        byte[] buffer = new byte[Math.min(maxBytes + 1, FIRST_BUFFER)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxBytes) {
                    return null;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1L, buffer.length * 2L));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return length > maxBytes ? null : new BoundedBody(buffer, length);
            }
            length += n;
        }
    }
}
