package dev.twitchkit.eventsub.event;

/**
 * A user mentioned in a chat message.
 *
 * @param userId {@code user_id}
 * @param userName {@code user_name}
 * @param userLogin {@code user_login}
 */
public record ChatMention(
        String userId,
        String userName,
        String userLogin) {
}
