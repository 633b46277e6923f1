package dev.twitchkit.eventsub.event;

/**
 * The message a chat message replies to, and the thread it belongs to.
 *
 * @param parentMessageId {@code parent_message_id}
 * @param parentMessageBody {@code parent_message_body}
 * @param parentUserId the replied-to author's user id ({@code parent_user_id})
 * @param parentUserName the replied-to author's display name ({@code parent_user_name})
 * @param parentUserLogin the replied-to author's login name ({@code parent_user_login})
 * @param threadMessageId {@code thread_message_id}
 * @param threadUserId the thread starter's user id ({@code thread_user_id})
 * @param threadUserName the thread starter's display name ({@code thread_user_name})
 * @param threadUserLogin the thread starter's login name ({@code thread_user_login})
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
