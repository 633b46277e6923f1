package dev.twitchkit.helix.channels;

import java.util.List;

/**
 * A channel as Get Channel Information reports it.
 *
 * @param broadcasterId the broadcaster's user id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param broadcasterLanguage ISO 639-1 code, or {@code other}
 * @param gameId the category's id; empty when the broadcaster never set one
 * @param gameName the category's name; empty when the broadcaster never set one
 * @param title the stream title; empty when the broadcaster never streamed
 * @param delay the stream delay in seconds; 0 unless the token is the partner broadcaster's own
 * @param tags the channel's tags
 * @param contentClassificationLabels the channel's content classification labels (e.g. {@code Gambling})
 * @param isBrandedContent whether the channel has branded content
 */
public record ChannelInformation(String broadcasterId, String broadcasterLogin, String broadcasterName,
                                 String broadcasterLanguage, String gameId, String gameName, String title, int delay,
                                 List<String> tags, List<String> contentClassificationLabels,
                                 boolean isBrandedContent) {
    /** Copies the lists; a missing list is empty. */
    public ChannelInformation {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contentClassificationLabels = contentClassificationLabels == null ? List.of()
                : List.copyOf(contentClassificationLabels);
    }
}
