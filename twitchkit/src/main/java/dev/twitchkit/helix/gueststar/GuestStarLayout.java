package dev.twitchkit.helix.gueststar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How Guest Star lays out live guests in the host's browser source, as Helix names the layouts (the
 * EventSub events name them differently: {@code GuestStarGroupLayout}).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record GuestStarLayout(String value) {
    /** {@code TILED_LAYOUT} */
    public static final GuestStarLayout TILED = new GuestStarLayout("TILED_LAYOUT");
    /** {@code SCREENSHARE_LAYOUT} */
    public static final GuestStarLayout SCREENSHARE = new GuestStarLayout("SCREENSHARE_LAYOUT");
    /** {@code HORIZONTAL_LAYOUT} */
    public static final GuestStarLayout HORIZONTAL = new GuestStarLayout("HORIZONTAL_LAYOUT");
    /** {@code VERTICAL_LAYOUT} */
    public static final GuestStarLayout VERTICAL = new GuestStarLayout("VERTICAL_LAYOUT");

    private static final List<GuestStarLayout> KNOWN = List.of(TILED, SCREENSHARE, HORIZONTAL, VERTICAL);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public GuestStarLayout {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static GuestStarLayout of(String value) {
        Objects.requireNonNull(value, "value");
        for (GuestStarLayout known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new GuestStarLayout(value);
    }

    /** Every value this version of the library knows. */
    public static List<GuestStarLayout> known() {
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
