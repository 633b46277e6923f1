package dev.twitchkit.eventsub.event;

/**
 * Details of a message-delete action.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
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
