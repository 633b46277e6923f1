package dev.twitchkit.helix.moderation;

import dev.twitchkit.internal.Checks;
import java.util.Collection;

/** The checks of Twitch's documented limits that the moderation endpoints share. */
final class Limits {
    private Limits() {
    }

    /** {@code text} itself when null or at most {@code max} characters; else an {@link IllegalArgumentException}. */
    static String atMost(String text, int max, String name) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException(name + " must be at most " + max + " characters, got "
                    + text.length());
        }
        return text;
    }

    /** {@code ids} itself: not null, no blank id, at most {@code max} of them. */
    static <C extends Collection<String>> C ids(C ids, int max, String name) {
        Checks.notNull(ids, name);
        ids.forEach(id -> Checks.notBlank(id, name + " element"));
        if (ids.size() > max) {
            throw new IllegalArgumentException("at most " + max + " " + name + " per call, got " + ids.size());
        }
        return ids;
    }
}
