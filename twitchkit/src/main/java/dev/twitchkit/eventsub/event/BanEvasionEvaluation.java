package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Twitch's estimate that a user evades a ban.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record BanEvasionEvaluation(String value) {
    /** {@code unknown} */
    public static final BanEvasionEvaluation UNKNOWN = new BanEvasionEvaluation("unknown");
    /** {@code possible} */
    public static final BanEvasionEvaluation POSSIBLE = new BanEvasionEvaluation("possible");
    /** {@code likely} */
    public static final BanEvasionEvaluation LIKELY = new BanEvasionEvaluation("likely");

    private static final List<BanEvasionEvaluation> KNOWN = List.of(UNKNOWN, POSSIBLE, LIKELY);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public BanEvasionEvaluation {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static BanEvasionEvaluation of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (BanEvasionEvaluation known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new BanEvasionEvaluation(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<BanEvasionEvaluation> known() {
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
