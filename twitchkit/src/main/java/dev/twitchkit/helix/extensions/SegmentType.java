package dev.twitchkit.helix.extensions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A configuration segment of an extension: {@code broadcaster} and {@code developer} belong to one channel,
 * {@code global} to the extension.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record SegmentType(String value) {
    /** {@code broadcaster}: set by the broadcaster, per channel. */
    public static final SegmentType BROADCASTER = new SegmentType("broadcaster");
    /** {@code developer}: set by the developer, per channel. */
    public static final SegmentType DEVELOPER = new SegmentType("developer");
    /** {@code global}: set by the developer, for every channel. */
    public static final SegmentType GLOBAL = new SegmentType("global");

    private static final List<SegmentType> KNOWN = List.of(BROADCASTER, DEVELOPER, GLOBAL);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public SegmentType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static SegmentType of(String value) {
        Objects.requireNonNull(value, "value");
        for (SegmentType known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new SegmentType(value);
    }

    /** Every value this version of the library knows. */
    public static List<SegmentType> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** Whether the segment belongs to one channel, so calls name the broadcaster. */
    public boolean perChannel() {
        return !GLOBAL.equals(this);
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
