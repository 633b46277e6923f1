package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a Power-up.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record PowerUpType(String value) {
    /** {@code message_effect} */
    public static final PowerUpType MESSAGE_EFFECT = new PowerUpType("message_effect");
    /** {@code celebration} */
    public static final PowerUpType CELEBRATION = new PowerUpType("celebration");
    /** {@code gigantify_an_emote} */
    public static final PowerUpType GIGANTIFY_AN_EMOTE = new PowerUpType("gigantify_an_emote");

    private static final List<PowerUpType> KNOWN = List.of(MESSAGE_EFFECT, CELEBRATION, GIGANTIFY_AN_EMOTE);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public PowerUpType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static PowerUpType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (PowerUpType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new PowerUpType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<PowerUpType> known() {
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
