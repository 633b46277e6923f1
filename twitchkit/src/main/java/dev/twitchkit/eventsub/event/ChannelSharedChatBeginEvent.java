package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The channel became active in a shared chat session.
 *
 * <p>EventSub type {@code channel.shared_chat.begin}, version {@code 1}.
 *
 * @param sessionId {@code session_id}
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param hostBroadcasterUserId the host broadcaster's user id ({@code host_broadcaster_user_id})
 * @param hostBroadcasterUserLogin the host broadcaster's login name ({@code host_broadcaster_user_login})
 * @param hostBroadcasterUserName the host broadcaster's display name ({@code host_broadcaster_user_name})
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
