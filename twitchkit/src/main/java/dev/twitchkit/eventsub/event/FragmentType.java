package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a message fragment.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record FragmentType(String value) {
    /** {@code text} */
    public static final FragmentType TEXT = new FragmentType("text");
    /** {@code cheermote} */
    public static final FragmentType CHEERMOTE = new FragmentType("cheermote");
    /** {@code emote} */
    public static final FragmentType EMOTE = new FragmentType("emote");
    /** {@code mention} */
    public static final FragmentType MENTION = new FragmentType("mention");

    private static final List<FragmentType> KNOWN = List.of(TEXT, CHEERMOTE, EMOTE, MENTION);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public FragmentType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static FragmentType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (FragmentType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new FragmentType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<FragmentType> known() {
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
