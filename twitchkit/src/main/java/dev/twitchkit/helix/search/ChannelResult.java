package dev.twitchkit.helix.search;

import java.time.Instant;
import java.util.List;

/**
 * A channel Search Channels found.
 *
 * @param broadcasterLanguage ISO 639-1 code, or {@code other}
 * @param broadcasterLogin the broadcaster's login name
 * @param displayName the broadcaster's display name
 * @param gameId the category streamed now or last
 * @param gameName that category's name
 * @param id the broadcaster's user id
 * @param isLive whether the broadcaster is live
 * @param tagIds deprecated by Twitch: always empty
 * @param tags the channel's tags
 * @param thumbnailUrl the broadcaster's profile image
 * @param title the stream title; empty when never set
 * @param startedAt when the live stream began; null when not live (Twitch sends an empty string)
 */
public record ChannelResult(String broadcasterLanguage, String broadcasterLogin, String displayName, String gameId,
                            String gameName, String id, boolean isLive, List<String> tagIds, List<String> tags,
                            String thumbnailUrl, String title, Instant startedAt) {
    /** Copies the lists; a missing list is empty. */
    public ChannelResult {
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
