package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What became of a message held by AutoMod. Version 1 sends {@code Approved}, version 2 {@code approved}: values
 * are kept in lower case so both compare equal.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it (lower-cased)
 */
public record AutomodMessageStatus(String value) {
    /** {@code approved} */
    public static final AutomodMessageStatus APPROVED = new AutomodMessageStatus("approved");
    /** {@code denied} */
    public static final AutomodMessageStatus DENIED = new AutomodMessageStatus("denied");
    /** {@code expired} */
    public static final AutomodMessageStatus EXPIRED = new AutomodMessageStatus("expired");

    private static final List<AutomodMessageStatus> KNOWN = List.of(APPROVED, DENIED, EXPIRED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public AutomodMessageStatus {
        Objects.requireNonNull(value, "value");
        value = value.toLowerCase(Locale.ROOT);
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static AutomodMessageStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value.toLowerCase(Locale.ROOT);
        for (AutomodMessageStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new AutomodMessageStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<AutomodMessageStatus> known() {
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
