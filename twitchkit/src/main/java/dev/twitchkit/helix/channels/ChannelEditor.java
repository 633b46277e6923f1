package dev.twitchkit.helix.channels;

import java.time.Instant;

/**
 * A user with editor permissions in a channel.
 *
 * @param userId the editor's user id
 * @param userName the editor's display name
 * @param createdAt when the user became an editor
 */
public record ChannelEditor(String userId, String userName, Instant createdAt) {
}
