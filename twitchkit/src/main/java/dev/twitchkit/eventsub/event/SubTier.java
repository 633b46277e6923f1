package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A subscription tier: 1000, 2000 or 3000 (Prime counts as 1000).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record SubTier(String value) {
    /** {@code 1000} */
    public static final SubTier TIER_1 = new SubTier("1000");
    /** {@code 2000} */
    public static final SubTier TIER_2 = new SubTier("2000");
    /** {@code 3000} */
    public static final SubTier TIER_3 = new SubTier("3000");

    private static final List<SubTier> KNOWN = List.of(TIER_1, TIER_2, TIER_3);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public SubTier {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static SubTier of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (SubTier known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new SubTier(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<SubTier> known() {
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
