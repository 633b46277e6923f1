package dev.twitchkit.helix.videos;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a video.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record VideoType(String value) {
    /** {@code archive}: the recording of a past stream. */
    public static final VideoType ARCHIVE = new VideoType("archive");
    /** {@code highlight}: a highlight reel of a past stream. */
    public static final VideoType HIGHLIGHT = new VideoType("highlight");
    /** {@code upload}: a video the broadcaster uploaded. */
    public static final VideoType UPLOAD = new VideoType("upload");

    private static final List<VideoType> KNOWN = List.of(ARCHIVE, HIGHLIGHT, UPLOAD);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public VideoType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static VideoType of(String value) {
        Objects.requireNonNull(value, "value");
        for (VideoType known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new VideoType(value);
    }

    /** Every value this version of the library knows. */
    public static List<VideoType> known() {
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
