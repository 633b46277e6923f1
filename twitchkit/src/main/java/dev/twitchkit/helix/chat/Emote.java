package dev.twitchkit.helix.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An emote as the emote endpoints report it. Which fields are present depends on the endpoint, as at Twitch.
 *
 * @param id the emote id
 * @param name what viewers type to use it
 * @param images static light-theme image addresses; null from Get User Emotes, which has none
 * @param tier the subscriber tier that unlocks it ({@code 1000}…), empty for other types; null except from Get
 *     Channel Emotes
 * @param emoteType {@code subscriptions}, {@code follower}, {@code bitstier}, {@code globals}…; null from Get
 *     Global Emotes
 * @param emoteSetId the set it belongs to; null from Get Global Emotes
 * @param ownerId the broadcaster who owns it; null except from Get Emote Sets and Get User Emotes
 * @param format {@code static}, {@code animated}
 * @param scale {@code 1.0}, {@code 2.0}, {@code 3.0}
 * @param themeMode {@code light}, {@code dark}
 */
public record Emote(String id, String name, Images images, String tier, String emoteType, String emoteSetId,
                    String ownerId, List<String> format, List<String> scale, List<String> themeMode) {
    /**
     * The image addresses of an emote.
     *
     * @param url1x 28 px
     * @param url2x 56 px
     * @param url4x 112 px
     */
    public record Images(@JsonProperty("url_1x") String url1x, @JsonProperty("url_2x") String url2x,
                         @JsonProperty("url_4x") String url4x) {
    }

    /**
     * The address of one image of this emote from Twitch's {@code template}, e.g.
     * {@code imageUrl(list.template(), "animated", "dark", "3.0")}.
     */
    public String imageUrl(String template, String format, String themeMode, String scale) {
        return template.replace("{{id}}", id).replace("{{format}}", format).replace("{{theme_mode}}", themeMode)
                .replace("{{scale}}", scale);
    }
}
