package dev.twitchkit.eventsub.event;

/**
 * A user mentioned in a chat message.
 *
 * @param userId the user's id ({@code user_id})
 * @param userName the user's display name ({@code user_name})
 * @param userLogin the user's login name ({@code user_login})
 */
public record ChatMention(
        String userId,
        String userName,
        String userLogin) {
}
