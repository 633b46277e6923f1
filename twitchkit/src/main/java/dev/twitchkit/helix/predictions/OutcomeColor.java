package dev.twitchkit.helix.predictions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The color of a prediction outcome in Twitch's UI: with two outcomes the first is blue and the second pink; with more, all are blue.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record OutcomeColor(String value) {
    /** {@code BLUE} */
    public static final OutcomeColor BLUE = new OutcomeColor("BLUE");
    /** {@code PINK} */
    public static final OutcomeColor PINK = new OutcomeColor("PINK");

    private static final List<OutcomeColor> KNOWN = List.of(BLUE, PINK);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public OutcomeColor {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static OutcomeColor of(String value) {
        Objects.requireNonNull(value, "value");
        for (OutcomeColor known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new OutcomeColor(value);
    }

    /** Every value this version of the library knows. */
    public static List<OutcomeColor> known() {
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
