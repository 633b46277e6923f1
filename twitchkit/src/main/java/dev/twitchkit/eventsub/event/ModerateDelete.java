package dev.twitchkit.eventsub.event;

/**
 * Details of a message-delete action.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param messageId {@code message_id}
 * @param messageBody {@code message_body}
 */
public record ModerateDelete(
        String userId,
        String userLogin,
        String userName,
        String messageId,
        String messageBody) {
}
