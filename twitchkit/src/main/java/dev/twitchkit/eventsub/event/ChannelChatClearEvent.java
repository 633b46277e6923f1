package dev.twitchkit.eventsub.event;

/**
 * A moderator or bot cleared all messages from the chat room.
 *
 * <p>EventSub type {@code channel.chat.clear}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 */
public record ChannelChatClearEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) implements EventSubEvent {
}
