package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A custom reward's image in three sizes.
 *
 * @param url1x {@code url_1x}
 * @param url2x {@code url_2x}
 * @param url4x {@code url_4x}
 */
public record RewardImage(
        @JsonProperty("url_1x") String url1x,
        @JsonProperty("url_2x") String url2x,
        @JsonProperty("url_4x") String url4x) {
}
