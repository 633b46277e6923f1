package dev.twitchkit.eventsub.event;

/**
 * A moderator or bot cleared all messages of one user.
 *
 * <p>EventSub type {@code channel.chat.clear_user_messages}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param targetUserId the target user's user id ({@code target_user_id})
 * @param targetUserLogin the target user's login name ({@code target_user_login})
 * @param targetUserName the target user's display name ({@code target_user_name})
 */
public record ChannelChatClearUserMessagesEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String targetUserId,
        String targetUserLogin,
        String targetUserName) implements EventSubEvent {
}
