package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a prediction ended.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record PredictionStatus(String value) {
    /** {@code resolved} */
    public static final PredictionStatus RESOLVED = new PredictionStatus("resolved");
    /** {@code canceled} */
    public static final PredictionStatus CANCELED = new PredictionStatus("canceled");

    private static final List<PredictionStatus> KNOWN = List.of(RESOLVED, CANCELED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public PredictionStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static PredictionStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (PredictionStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new PredictionStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<PredictionStatus> known() {
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
