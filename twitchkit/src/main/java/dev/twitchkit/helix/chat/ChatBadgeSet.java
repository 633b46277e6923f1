package dev.twitchkit.helix.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A set of chat badges, e.g. {@code subscriber}, and its versions.
 *
 * @param setId the set, e.g. {@code subscriber} or {@code bits}
 * @param versions its badges
 */
public record ChatBadgeSet(String setId, List<Version> versions) {
    /**
     * One badge of a set.
     *
     * @param id the version, e.g. the Bits tier or the months subscribed
     * @param imageUrl1x 18 px image
     * @param imageUrl2x 36 px image
     * @param imageUrl4x 72 px image
     * @param title the title
     * @param description the description
     * @param clickAction what clicking does, or null
     * @param clickUrl where clicking goes, or null
     */
    public record Version(String id, @JsonProperty("image_url_1x") String imageUrl1x,
                          @JsonProperty("image_url_2x") String imageUrl2x,
                          @JsonProperty("image_url_4x") String imageUrl4x, String title, String description,
                          String clickAction, String clickUrl) {
    }
}
