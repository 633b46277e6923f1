package dev.twitchkit.helix.streams;

import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which streams Get Streams lists: by broadcaster ids or logins, categories, languages, and only {@code live} ones
 * if asked; each list takes at most 100 values (Twitch's limit). Built with {@link #builder()}; {@link #all()}
 * filters nothing.
 *
 * @param userIds broadcaster ids
 * @param userLogins broadcaster logins
 * @param gameIds category ids
 * @param languages ISO 639-1 codes or {@code other}
 * @param liveOnly true sends {@code type=live}; false lists all types
 */
public record StreamFilter(List<String> userIds, List<String> userLogins, List<String> gameIds,
                           List<String> languages, boolean liveOnly) {
    /** Twitch's limit on the values of each filter. */
    public static final int MAX_VALUES = 100;

    /** Copies the lists and checks Twitch's limit on each. */
    public StreamFilter {
        userIds = checked(userIds, "userIds");
        userLogins = checked(userLogins, "userLogins");
        gameIds = checked(gameIds, "gameIds");
        languages = checked(languages, "languages");
    }

    /** No filter: every live stream. */
    public static StreamFilter all() {
        return new StreamFilter(List.of(), List.of(), List.of(), List.of(), false);
    }

    /** A builder with no filter set. */
    public static Builder builder() {
        return new Builder();
    }

    private static List<String> checked(List<String> values, String name) {
        List<String> copy = values == null ? List.of() : List.copyOf(values);
        if (copy.size() > MAX_VALUES) {
            throw new IllegalArgumentException("at most " + MAX_VALUES + " " + name + ", got " + copy.size());
        }
        copy.forEach(v -> Checks.notBlank(v, name));
        return copy;
    }

    /** Adds filters; {@link #build()} checks them. */
    public static final class Builder {
        private final List<String> userIds = new ArrayList<>();
        private final List<String> userLogins = new ArrayList<>();
        private final List<String> gameIds = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private boolean liveOnly;

        private Builder() {
        }

        /** Streams of these broadcasters (by id). */
        public Builder userIds(Collection<String> ids) {
            userIds.addAll(Checks.notNull(ids, "ids"));
            return this;
        }

        /** Streams of these broadcasters (by login). */
        public Builder userLogins(Collection<String> logins) {
            userLogins.addAll(Checks.notNull(logins, "logins"));
            return this;
        }

        /** Streams in these categories. */
        public Builder gameIds(Collection<String> ids) {
            gameIds.addAll(Checks.notNull(ids, "ids"));
            return this;
        }

        /** Streams in these languages. */
        public Builder languages(Collection<String> codes) {
            languages.addAll(Checks.notNull(codes, "codes"));
            return this;
        }

        /** Only streams of type {@code live}. */
        public Builder liveOnly() {
            liveOnly = true;
            return this;
        }

        /** The filter; {@link IllegalArgumentException} when a list is over Twitch's limit. */
        public StreamFilter build() {
            return new StreamFilter(userIds, userLogins, gameIds, languages, liveOnly);
        }
    }
}
