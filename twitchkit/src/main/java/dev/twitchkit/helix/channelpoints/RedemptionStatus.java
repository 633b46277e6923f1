package dev.twitchkit.helix.channelpoints;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The state of a redemption as Helix writes it (upper case; the EventSub events' {@code
 * dev.twitchkit.eventsub.event.RedemptionStatus} is lower case).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record RedemptionStatus(String value) {
    /** {@code UNFULFILLED} */
    public static final RedemptionStatus UNFULFILLED = new RedemptionStatus("UNFULFILLED");
    /** {@code FULFILLED} */
    public static final RedemptionStatus FULFILLED = new RedemptionStatus("FULFILLED");
    /** {@code CANCELED} */
    public static final RedemptionStatus CANCELED = new RedemptionStatus("CANCELED");

    private static final List<RedemptionStatus> KNOWN = List.of(UNFULFILLED, FULFILLED, CANCELED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public RedemptionStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static RedemptionStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (RedemptionStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new RedemptionStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<RedemptionStatus> known() {
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
