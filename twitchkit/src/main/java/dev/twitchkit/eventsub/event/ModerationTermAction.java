package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Whether AutoMod terms were added or removed.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ModerationTermAction(String value) {
    /** {@code add} */
    public static final ModerationTermAction ADD = new ModerationTermAction("add");
    /** {@code remove} */
    public static final ModerationTermAction REMOVE = new ModerationTermAction("remove");

    private static final List<ModerationTermAction> KNOWN = List.of(ADD, REMOVE);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ModerationTermAction {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ModerationTermAction of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ModerationTermAction known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ModerationTermAction(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ModerationTermAction> known() {
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
