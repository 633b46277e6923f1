package dev.twitchkit.helix.teams;

import java.time.Instant;
import java.util.List;

/**
 * A Twitch team with its members, as Get Teams returns it.
 *
 * @param users the team's members
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
public record Team(List<TeamMember> users, String backgroundImageUrl, String banner, Instant createdAt,
                   Instant updatedAt, String info, String thumbnailUrl, String teamName, String teamDisplayName,
                   String id) {
    /** Keeps the member list unmodifiable; none when Twitch sends none. */
    public Team {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
