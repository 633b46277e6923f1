package dev.twitchkit.eventsub.event;

/**
 * The message a chat message replies to, and the thread it belongs to.
 *
 * @param parentMessageId {@code parent_message_id}
 * @param parentMessageBody {@code parent_message_body}
 * @param parentUserId {@code parent_user_id}
 * @param parentUserName {@code parent_user_name}
 * @param parentUserLogin {@code parent_user_login}
 * @param threadMessageId {@code thread_message_id}
 * @param threadUserId {@code thread_user_id}
 * @param threadUserName {@code thread_user_name}
 * @param threadUserLogin {@code thread_user_login}
 */
public record ChatReply(
        String parentMessageId,
        String parentMessageBody,
        String parentUserId,
        String parentUserName,
        String parentUserLogin,
        String threadMessageId,
        String threadUserId,
        String threadUserName,
        String threadUserLogin) {
}
