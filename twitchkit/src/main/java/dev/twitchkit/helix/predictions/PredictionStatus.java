package dev.twitchkit.helix.predictions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A prediction's state as Helix reports it (upper case; EventSub's {@code channel.prediction.end} uses its own lower-case set).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record PredictionStatus(String value) {
    /** {@code ACTIVE} — viewers may predict */
    public static final PredictionStatus ACTIVE = new PredictionStatus("ACTIVE");
    /** {@code LOCKED} — no more predictions; awaiting the result */
    public static final PredictionStatus LOCKED = new PredictionStatus("LOCKED");
    /** {@code RESOLVED} — a winning outcome was chosen and points paid out */
    public static final PredictionStatus RESOLVED = new PredictionStatus("RESOLVED");
    /** {@code CANCELED} — canceled and points refunded */
    public static final PredictionStatus CANCELED = new PredictionStatus("CANCELED");

    private static final List<PredictionStatus> KNOWN = List.of(ACTIVE, LOCKED, RESOLVED, CANCELED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public PredictionStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static PredictionStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (PredictionStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new PredictionStatus(value);
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
