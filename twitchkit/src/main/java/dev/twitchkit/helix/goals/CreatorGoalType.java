package dev.twitchkit.helix.goals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What a creator goal counts, as Helix names it (Helix says {@code follower} where the EventSub goal events'
 * {@code GoalType} says {@code follow}).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record CreatorGoalType(String value) {
    /** {@code follower} */
    public static final CreatorGoalType FOLLOWER = new CreatorGoalType("follower");
    /** {@code subscription} */
    public static final CreatorGoalType SUBSCRIPTION = new CreatorGoalType("subscription");
    /** {@code subscription_count} */
    public static final CreatorGoalType SUBSCRIPTION_COUNT = new CreatorGoalType("subscription_count");
    /** {@code new_subscription} */
    public static final CreatorGoalType NEW_SUBSCRIPTION = new CreatorGoalType("new_subscription");
    /** {@code new_subscription_count} */
    public static final CreatorGoalType NEW_SUBSCRIPTION_COUNT = new CreatorGoalType("new_subscription_count");

    private static final List<CreatorGoalType> KNOWN = List.of(
            FOLLOWER, SUBSCRIPTION, SUBSCRIPTION_COUNT, NEW_SUBSCRIPTION, NEW_SUBSCRIPTION_COUNT);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public CreatorGoalType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static CreatorGoalType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (CreatorGoalType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new CreatorGoalType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<CreatorGoalType> known() {
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
