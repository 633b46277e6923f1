package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The channel became active in a shared chat session.
 *
 * <p>EventSub type {@code channel.shared_chat.begin}, version {@code 1}.
 *
 * @param sessionId {@code session_id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param hostBroadcasterUserId {@code host_broadcaster_user_id}
 * @param hostBroadcasterUserLogin {@code host_broadcaster_user_login}
 * @param hostBroadcasterUserName {@code host_broadcaster_user_name}
 * @param participants {@code participants}; empty when Twitch sends none
 */
public record ChannelSharedChatBeginEvent(
        String sessionId,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String hostBroadcasterUserId,
        String hostBroadcasterUserLogin,
        String hostBroadcasterUserName,
        List<SharedChatParticipant> participants) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelSharedChatBeginEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
