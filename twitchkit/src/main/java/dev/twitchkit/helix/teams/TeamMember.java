package dev.twitchkit.helix.teams;

/**
 * A member of a team.
 *
 * @param userId the member's user id
 * @param userLogin the member's login name
 * @param userName the member's display name
 */
public record TeamMember(String userId, String userLogin, String userName) {
}
