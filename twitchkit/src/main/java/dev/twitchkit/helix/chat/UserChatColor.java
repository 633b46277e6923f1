package dev.twitchkit.helix.chat;

/**
 * The color of a user's name in chat.
 *
 * @param userId the user
 * @param userLogin the login name
 * @param userName the display name
 * @param color a hex code such as {@code #9146FF}; empty when the user never chose one
 */
public record UserChatColor(String userId, String userLogin, String userName, String color) {
}
