package dev.twitchkit.mock.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Helix's opaque {@code pagination.cursor} for one listing: base64url of {@code kind:offset}, so a cursor of
 * another listing (another kind) or a tampered one is a 400 "invalid cursor", as at Twitch.
 */
public final class PageCursor {
    private final String prefix;

    /** A cursor for the listing of {@code kind} (one letter is enough; it only has to differ between listings). */
    public PageCursor(String kind) {
        this.prefix = kind + ":";
    }

    /** The cursor that continues the listing at {@code offset}. */
    public String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + offset).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where a page starts in a listing of {@code size} items: 0 without a cursor, else the cursor's offset; a 400
     * for a cursor this listing did not write or one past the end.
     */
    public int start(Optional<String> after, int size) {
        int offset = after.map(this::decode).orElse(0);
        if (offset > size) {
            throw TwitchHttpError.badRequest("invalid cursor");
        }
        return offset;
    }

    private int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(prefix)) {
                throw TwitchHttpError.badRequest("invalid cursor");
            }
            int offset = Integer.parseInt(raw.substring(prefix.length()));
            if (offset < 0) {
                throw TwitchHttpError.badRequest("invalid cursor");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw TwitchHttpError.badRequest("invalid cursor");
        }
    }
}
