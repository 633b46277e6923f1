package dev.twitchkit.helix.chat;

/**
 * A user in a channel's chat.
 *
 * @param userId the user's id
 * @param userLogin the login name
 * @param userName the display name
 */
public record Chatter(String userId, String userLogin, String userName) {
}
