package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a stream.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record StreamType(String value) {
    /** {@code live} */
    public static final StreamType LIVE = new StreamType("live");
    /** {@code playlist} */
    public static final StreamType PLAYLIST = new StreamType("playlist");
    /** {@code watch_party} */
    public static final StreamType WATCH_PARTY = new StreamType("watch_party");
    /** {@code premiere} */
    public static final StreamType PREMIERE = new StreamType("premiere");
    /** {@code rerun} */
    public static final StreamType RERUN = new StreamType("rerun");

    private static final List<StreamType> KNOWN = List.of(LIVE, PLAYLIST, WATCH_PARTY, PREMIERE, RERUN);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public StreamType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static StreamType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (StreamType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new StreamType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<StreamType> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** The value as Twitch sends it. */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
