package dev.twitchkit.eventsub.internal.decode;

import java.io.Reader;

/**
 * The chars of a string from an offset on, for a parser that starts mid-frame: the parser copies just that region
 * into its buffer, where {@code text.substring} would copy it once more. Single-threaded, no lock (unlike
 * {@link java.io.StringReader}).
 */
final class StringRegionReader extends Reader {
    private final String text;
    private int position;

    StringRegionReader(String text, int from) {
        if (from < 0 || from > text.length()) {
            throw new IndexOutOfBoundsException("offset " + from + " outside a text of " + text.length() + " chars");
        }
        this.text = text;
        this.position = from;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int n = Math.min(length, text.length() - position);
        if (n <= 0) {
            return -1;
        }
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public int read() {
        return position < text.length() ? text.charAt(position++) : -1;
    }

    @Override
    public void close() {
        // nothing held
    }
}
