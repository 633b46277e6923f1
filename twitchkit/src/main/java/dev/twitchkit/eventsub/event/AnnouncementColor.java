package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The color of an announcement.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record AnnouncementColor(String value) {
    /** {@code BLUE} */
    public static final AnnouncementColor BLUE = new AnnouncementColor("BLUE");
    /** {@code GREEN} */
    public static final AnnouncementColor GREEN = new AnnouncementColor("GREEN");
    /** {@code ORANGE} */
    public static final AnnouncementColor ORANGE = new AnnouncementColor("ORANGE");
    /** {@code PURPLE} */
    public static final AnnouncementColor PURPLE = new AnnouncementColor("PURPLE");
    /** {@code PRIMARY} */
    public static final AnnouncementColor PRIMARY = new AnnouncementColor("PRIMARY");

    private static final List<AnnouncementColor> KNOWN = List.of(BLUE, GREEN, ORANGE, PURPLE, PRIMARY);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public AnnouncementColor {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static AnnouncementColor of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (AnnouncementColor known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new AnnouncementColor(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<AnnouncementColor> known() {
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
