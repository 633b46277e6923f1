package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How guests are laid out in the host's browser source.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record GuestStarGroupLayout(String value) {
    /** {@code tiled} */
    public static final GuestStarGroupLayout TILED = new GuestStarGroupLayout("tiled");
    /** {@code screenshare} */
    public static final GuestStarGroupLayout SCREENSHARE = new GuestStarGroupLayout("screenshare");
    /** {@code horizontal_top} */
    public static final GuestStarGroupLayout HORIZONTAL_TOP = new GuestStarGroupLayout("horizontal_top");
    /** {@code horizontal_bottom} */
    public static final GuestStarGroupLayout HORIZONTAL_BOTTOM = new GuestStarGroupLayout("horizontal_bottom");
    /** {@code vertical_left} */
    public static final GuestStarGroupLayout VERTICAL_LEFT = new GuestStarGroupLayout("vertical_left");
    /** {@code vertical_right} */
    public static final GuestStarGroupLayout VERTICAL_RIGHT = new GuestStarGroupLayout("vertical_right");

    private static final List<GuestStarGroupLayout> KNOWN = List.of(
            TILED, SCREENSHARE, HORIZONTAL_TOP, HORIZONTAL_BOTTOM, VERTICAL_LEFT, VERTICAL_RIGHT);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public GuestStarGroupLayout {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static GuestStarGroupLayout of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (GuestStarGroupLayout known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new GuestStarGroupLayout(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<GuestStarGroupLayout> known() {
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
