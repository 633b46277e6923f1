package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Why a user is suspicious.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record SuspiciousUserType(String value) {
    /** {@code manually_added} */
    public static final SuspiciousUserType MANUALLY_ADDED = new SuspiciousUserType("manually_added");
    /** {@code ban_evader_detector} */
    public static final SuspiciousUserType BAN_EVADER_DETECTOR = new SuspiciousUserType("ban_evader_detector");
    /** {@code shared_channel_ban} */
    public static final SuspiciousUserType SHARED_CHANNEL_BAN = new SuspiciousUserType("shared_channel_ban");

    private static final List<SuspiciousUserType> KNOWN = List.of(
            MANUALLY_ADDED, BAN_EVADER_DETECTOR, SHARED_CHANNEL_BAN);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public SuspiciousUserType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static SuspiciousUserType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (SuspiciousUserType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new SuspiciousUserType(normalized);
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
