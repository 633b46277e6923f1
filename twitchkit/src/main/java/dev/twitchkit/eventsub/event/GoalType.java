package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What a creator goal counts.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record GoalType(String value) {
    /** {@code follow} */
    public static final GoalType FOLLOW = new GoalType("follow");
    /** {@code subscription} */
    public static final GoalType SUBSCRIPTION = new GoalType("subscription");
    /** {@code subscription_count} */
    public static final GoalType SUBSCRIPTION_COUNT = new GoalType("subscription_count");
    /** {@code new_subscription} */
    public static final GoalType NEW_SUBSCRIPTION = new GoalType("new_subscription");
    /** {@code new_subscription_count} */
    public static final GoalType NEW_SUBSCRIPTION_COUNT = new GoalType("new_subscription_count");
    /** {@code new_bit} */
    public static final GoalType NEW_BIT = new GoalType("new_bit");
    /** {@code new_cheerer} */
    public static final GoalType NEW_CHEERER = new GoalType("new_cheerer");

    private static final List<GoalType> KNOWN = List.of(
            FOLLOW, SUBSCRIPTION, SUBSCRIPTION_COUNT, NEW_SUBSCRIPTION, NEW_SUBSCRIPTION_COUNT, NEW_BIT,
            NEW_CHEERER);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public GoalType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static GoalType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (GoalType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new GoalType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<GoalType> known() {
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
