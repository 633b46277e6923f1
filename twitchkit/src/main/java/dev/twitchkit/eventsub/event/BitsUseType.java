package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How Bits were used.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record BitsUseType(String value) {
    /** {@code cheer} */
    public static final BitsUseType CHEER = new BitsUseType("cheer");
    /** {@code power_up} */
    public static final BitsUseType POWER_UP = new BitsUseType("power_up");
    /** {@code custom_power_up} */
    public static final BitsUseType CUSTOM_POWER_UP = new BitsUseType("custom_power_up");
    /** {@code combo} */
    public static final BitsUseType COMBO = new BitsUseType("combo");

    private static final List<BitsUseType> KNOWN = List.of(CHEER, POWER_UP, CUSTOM_POWER_UP, COMBO);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public BitsUseType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static BitsUseType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (BitsUseType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new BitsUseType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<BitsUseType> known() {
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
