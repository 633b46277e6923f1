package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What became of a user's held message.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record HeldMessageStatus(String value) {
    /** {@code approved} */
    public static final HeldMessageStatus APPROVED = new HeldMessageStatus("approved");
    /** {@code denied} */
    public static final HeldMessageStatus DENIED = new HeldMessageStatus("denied");
    /** {@code invalid} */
    public static final HeldMessageStatus INVALID = new HeldMessageStatus("invalid");

    private static final List<HeldMessageStatus> KNOWN = List.of(APPROVED, DENIED, INVALID);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public HeldMessageStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static HeldMessageStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (HeldMessageStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new HeldMessageStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<HeldMessageStatus> known() {
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
