package dev.twitchkit.eventsub.event;

/**
 * The channel left a shared chat session, or the session ended.
 *
 * <p>EventSub type {@code channel.shared_chat.end}, version {@code 1}.
 *
 * @param sessionId {@code session_id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param hostBroadcasterUserId {@code host_broadcaster_user_id}
 * @param hostBroadcasterUserLogin {@code host_broadcaster_user_login}
 * @param hostBroadcasterUserName {@code host_broadcaster_user_name}
 */
public record ChannelSharedChatEndEvent(
        String sessionId,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String hostBroadcasterUserId,
        String hostBroadcasterUserLogin,
        String hostBroadcasterUserName) implements EventSubEvent {
}
