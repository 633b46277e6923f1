package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a user contributed to a Hype Train.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record HypeTrainContributionType(String value) {
    /** {@code bits} */
    public static final HypeTrainContributionType BITS = new HypeTrainContributionType("bits");
    /** {@code subscription} */
    public static final HypeTrainContributionType SUBSCRIPTION = new HypeTrainContributionType("subscription");
    /** {@code other} */
    public static final HypeTrainContributionType OTHER = new HypeTrainContributionType("other");

    private static final List<HypeTrainContributionType> KNOWN = List.of(BITS, SUBSCRIPTION, OTHER);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public HypeTrainContributionType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static HypeTrainContributionType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (HypeTrainContributionType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new HypeTrainContributionType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<HypeTrainContributionType> known() {
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
