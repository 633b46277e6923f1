package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The color of a prediction outcome.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record PredictionOutcomeColor(String value) {
    /** {@code blue} */
    public static final PredictionOutcomeColor BLUE = new PredictionOutcomeColor("blue");
    /** {@code pink} */
    public static final PredictionOutcomeColor PINK = new PredictionOutcomeColor("pink");

    private static final List<PredictionOutcomeColor> KNOWN = List.of(BLUE, PINK);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public PredictionOutcomeColor {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static PredictionOutcomeColor of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (PredictionOutcomeColor known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new PredictionOutcomeColor(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<PredictionOutcomeColor> known() {
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
