package dev.twitchkit.helix.teams;

import java.time.Instant;

/**
 * A team a broadcaster belongs to, as Get Channel Teams lists it.
 *
 * @param broadcasterId the broadcaster asked about
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param backgroundImageUrl the team's background image address; null when it has none
 * @param banner the team's banner address; null when it has none
 * @param createdAt when the team was created
 * @param updatedAt when the team was last changed
 * @param info the team's description (may hold HTML or Markdown)
 * @param thumbnailUrl the address of the team's logo thumbnail
 * @param teamName the team's name
 * @param teamDisplayName the team's display name
 * @param id the team's id
 */
public record ChannelTeam(String broadcasterId, String broadcasterLogin, String broadcasterName,
                          String backgroundImageUrl, String banner, Instant createdAt, Instant updatedAt, String info,
                          String thumbnailUrl, String teamName, String teamDisplayName, String id) {
}
