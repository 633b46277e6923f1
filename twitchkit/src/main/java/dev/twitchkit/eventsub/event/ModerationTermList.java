package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Which AutoMod term list changed.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ModerationTermList(String value) {
    /** {@code blocked} */
    public static final ModerationTermList BLOCKED = new ModerationTermList("blocked");
    /** {@code permitted} */
    public static final ModerationTermList PERMITTED = new ModerationTermList("permitted");

    private static final List<ModerationTermList> KNOWN = List.of(BLOCKED, PERMITTED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ModerationTermList {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ModerationTermList of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ModerationTermList known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ModerationTermList(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ModerationTermList> known() {
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
