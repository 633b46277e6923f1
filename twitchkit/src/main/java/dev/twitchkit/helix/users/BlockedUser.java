package dev.twitchkit.helix.users;

/**
 * A user on someone's block list.
 *
 * @param userId the blocked user
 * @param userLogin the login name
 * @param displayName the display name
 */
public record BlockedUser(String userId, String userLogin, String displayName) {
}
