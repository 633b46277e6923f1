package dev.twitchkit.helix.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The state of an unban request in Helix (the EventSub events know only the resolved states).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record UnbanRequestStatus(String value) {
    /** {@code pending} */
    public static final UnbanRequestStatus PENDING = new UnbanRequestStatus("pending");
    /** {@code approved} */
    public static final UnbanRequestStatus APPROVED = new UnbanRequestStatus("approved");
    /** {@code denied} */
    public static final UnbanRequestStatus DENIED = new UnbanRequestStatus("denied");
    /** {@code acknowledged} */
    public static final UnbanRequestStatus ACKNOWLEDGED = new UnbanRequestStatus("acknowledged");
    /** {@code canceled} */
    public static final UnbanRequestStatus CANCELED = new UnbanRequestStatus("canceled");

    private static final List<UnbanRequestStatus> KNOWN = List.of(PENDING, APPROVED, DENIED, ACKNOWLEDGED, CANCELED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public UnbanRequestStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static UnbanRequestStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (UnbanRequestStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new UnbanRequestStatus(value);
    }

    /** Every value this version of the library knows. */
    public static List<UnbanRequestStatus> known() {
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
