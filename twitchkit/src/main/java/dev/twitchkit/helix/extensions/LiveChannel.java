package dev.twitchkit.helix.extensions;

/**
 * A channel that is live with the extension installed or activated.
 *
 * @param broadcasterId the broadcaster's id
 * @param broadcasterName the broadcaster's display name
 * @param gameName the category being streamed
 * @param gameId the category's id
 * @param title the stream's title; may be empty
 */
public record LiveChannel(String broadcasterId, String broadcasterName, String gameName, String gameId,
                          String title) {
}
