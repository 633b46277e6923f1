package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a poll ended.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record PollStatus(String value) {
    /** {@code completed} */
    public static final PollStatus COMPLETED = new PollStatus("completed");
    /** {@code archived} */
    public static final PollStatus ARCHIVED = new PollStatus("archived");
    /** {@code terminated} */
    public static final PollStatus TERMINATED = new PollStatus("terminated");

    private static final List<PollStatus> KNOWN = List.of(COMPLETED, ARCHIVED, TERMINATED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public PollStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static PollStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (PollStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new PollStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<PollStatus> known() {
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
