package dev.twitchkit.helix.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Why a chatter is suspicious: added by a moderator, or detected by Twitch.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record SuspiciousUserType(String value) {
    /** {@code MANUALLY_ADDED} */
    public static final SuspiciousUserType MANUALLY_ADDED = new SuspiciousUserType("MANUALLY_ADDED");
    /** {@code DETECTED_BAN_EVADER} */
    public static final SuspiciousUserType DETECTED_BAN_EVADER = new SuspiciousUserType("DETECTED_BAN_EVADER");
    /** {@code DETECTED_SUS_CHATTER} */
    public static final SuspiciousUserType DETECTED_SUS_CHATTER = new SuspiciousUserType("DETECTED_SUS_CHATTER");
    /** {@code BANNED_IN_SHARED_CHANNEL} */
    public static final SuspiciousUserType BANNED_IN_SHARED_CHANNEL = new SuspiciousUserType("BANNED_IN_SHARED_CHANNEL");

    private static final List<SuspiciousUserType> KNOWN = List.of(MANUALLY_ADDED, DETECTED_BAN_EVADER, DETECTED_SUS_CHATTER, BANNED_IN_SHARED_CHANNEL);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public SuspiciousUserType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static SuspiciousUserType of(String value) {
        Objects.requireNonNull(value, "value");
        for (SuspiciousUserType known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new SuspiciousUserType(value);
    }

    /** Every value this version of the library knows. */
    public static List<SuspiciousUserType> known() {
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
