package dev.twitchkit.eventsub.event;

/**
 * A moderator or bot cleared all messages from the chat room.
 *
 * <p>EventSub type {@code channel.chat.clear}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 */
public record ChannelChatClearEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) implements EventSubEvent {
}
