package dev.twitchkit.eventsub.event;

/**
 * A moderator or bot cleared all messages of one user.
 *
 * <p>EventSub type {@code channel.chat.clear_user_messages}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param targetUserId {@code target_user_id}
 * @param targetUserLogin {@code target_user_login}
 * @param targetUserName {@code target_user_name}
 */
public record ChannelChatClearUserMessagesEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String targetUserId,
        String targetUserLogin,
        String targetUserName) implements EventSubEvent {
}
