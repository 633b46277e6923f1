package dev.twitchkit.helix.bits;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One tier of a Cheermote: from {@code minBits} up to the next tier's minimum.
 *
 * @param minBits the fewest Bits of this tier
 * @param id the tier: {@code 1}, {@code 100}, {@code 500}, {@code 1000}, {@code 5000}, {@code 10000} or {@code 100000}
 * @param color the tier's colour, e.g. {@code #979797}
 * @param images the images by theme
 * @param canCheer whether users can cheer at this tier
 * @param showInBitsCard whether the tier shows in the Bits card
 */
public record CheermoteTier(int minBits, String id, String color, Images images, boolean canCheer,
                            boolean showInBitsCard) {
    /**
     * The tier's images by theme.
     *
     * @param dark for the dark theme
     * @param light for the light theme
     */
    public record Images(Theme dark, Theme light) {
    }

    /**
     * The images of one theme, each by scale ({@code 1}, {@code 1.5}, {@code 2}, {@code 3}, {@code 4}) to URL.
     *
     * @param animated the animated GIFs
     * @param staticImages the still PNGs (Twitch's {@code static})
     */
    public record Theme(Map<String, String> animated, @JsonProperty("static") Map<String, String> staticImages) {
        /** Copies the collections; null counts as empty. */
        public Theme {
            animated = animated == null ? Map.of() : Map.copyOf(animated);
            staticImages = staticImages == null ? Map.of() : Map.copyOf(staticImages);
        }
    }
}
