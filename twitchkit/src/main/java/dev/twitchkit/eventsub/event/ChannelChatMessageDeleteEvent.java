package dev.twitchkit.eventsub.event;

/**
 * A moderator removed a specific message.
 *
 * <p>EventSub type {@code channel.chat.message_delete}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param targetUserId {@code target_user_id}
 * @param targetUserLogin {@code target_user_login}
 * @param targetUserName {@code target_user_name}
 * @param messageId {@code message_id}
 */
public record ChannelChatMessageDeleteEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String targetUserId,
        String targetUserLogin,
        String targetUserName,
        String messageId) implements EventSubEvent {
}
