package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a Hype Train.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record HypeTrainType(String value) {
    /** {@code treasure} */
    public static final HypeTrainType TREASURE = new HypeTrainType("treasure");
    /** {@code golden_kappa} */
    public static final HypeTrainType GOLDEN_KAPPA = new HypeTrainType("golden_kappa");
    /** {@code regular} */
    public static final HypeTrainType REGULAR = new HypeTrainType("regular");

    private static final List<HypeTrainType> KNOWN = List.of(TREASURE, GOLDEN_KAPPA, REGULAR);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public HypeTrainType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static HypeTrainType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (HypeTrainType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new HypeTrainType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<HypeTrainType> known() {
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
