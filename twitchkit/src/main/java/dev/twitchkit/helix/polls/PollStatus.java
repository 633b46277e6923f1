package dev.twitchkit.helix.polls;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A poll's state as Helix reports it (upper case; EventSub's {@code channel.poll.end} uses its own lower-case set).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record PollStatus(String value) {
    /** {@code ACTIVE} — running */
    public static final PollStatus ACTIVE = new PollStatus("ACTIVE");
    /** {@code COMPLETED} — ended on schedule */
    public static final PollStatus COMPLETED = new PollStatus("COMPLETED");
    /** {@code TERMINATED} — ended early, still visible */
    public static final PollStatus TERMINATED = new PollStatus("TERMINATED");
    /** {@code ARCHIVED} — ended early and hidden */
    public static final PollStatus ARCHIVED = new PollStatus("ARCHIVED");
    /** {@code MODERATED} — deleted */
    public static final PollStatus MODERATED = new PollStatus("MODERATED");
    /** {@code INVALID} — Twitch could not tell */
    public static final PollStatus INVALID = new PollStatus("INVALID");

    private static final List<PollStatus> KNOWN = List.of(ACTIVE, COMPLETED, TERMINATED, ARCHIVED, MODERATED, INVALID);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public PollStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static PollStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (PollStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new PollStatus(value);
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
