package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Why a message was held.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record AutomodReason(String value) {
    /** {@code automod} */
    public static final AutomodReason AUTOMOD = new AutomodReason("automod");
    /** {@code blocked_term} */
    public static final AutomodReason BLOCKED_TERM = new AutomodReason("blocked_term");

    private static final List<AutomodReason> KNOWN = List.of(AUTOMOD, BLOCKED_TERM);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public AutomodReason {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static AutomodReason of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (AutomodReason known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new AutomodReason(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<AutomodReason> known() {
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
