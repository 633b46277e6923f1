package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a suspicious user is treated.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record LowTrustStatus(String value) {
    /** {@code none} */
    public static final LowTrustStatus NONE = new LowTrustStatus("none");
    /** {@code active_monitoring} */
    public static final LowTrustStatus ACTIVE_MONITORING = new LowTrustStatus("active_monitoring");
    /** {@code restricted} */
    public static final LowTrustStatus RESTRICTED = new LowTrustStatus("restricted");

    private static final List<LowTrustStatus> KNOWN = List.of(NONE, ACTIVE_MONITORING, RESTRICTED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public LowTrustStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static LowTrustStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (LowTrustStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new LowTrustStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<LowTrustStatus> known() {
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
