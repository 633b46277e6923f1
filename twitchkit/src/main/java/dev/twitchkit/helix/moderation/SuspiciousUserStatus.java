package dev.twitchkit.helix.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The treatment a suspicious chatter gets: monitored, restricted, or none once the status is removed.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record SuspiciousUserStatus(String value) {
    /** {@code ACTIVE_MONITORING} */
    public static final SuspiciousUserStatus ACTIVE_MONITORING = new SuspiciousUserStatus("ACTIVE_MONITORING");
    /** {@code RESTRICTED} */
    public static final SuspiciousUserStatus RESTRICTED = new SuspiciousUserStatus("RESTRICTED");
    /** {@code NO_TREATMENT} */
    public static final SuspiciousUserStatus NO_TREATMENT = new SuspiciousUserStatus("NO_TREATMENT");

    private static final List<SuspiciousUserStatus> KNOWN = List.of(ACTIVE_MONITORING, RESTRICTED, NO_TREATMENT);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public SuspiciousUserStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static SuspiciousUserStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (SuspiciousUserStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new SuspiciousUserStatus(value);
    }

    /** Every value this version of the library knows. */
    public static List<SuspiciousUserStatus> known() {
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
