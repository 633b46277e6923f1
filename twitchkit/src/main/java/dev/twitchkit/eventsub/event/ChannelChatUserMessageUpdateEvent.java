package dev.twitchkit.eventsub.event;

/**
 * A user's message held by AutoMod was approved, denied or found invalid.
 *
 * <p>EventSub type {@code channel.chat.user_message_update}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param status {@code status}
 * @param messageId {@code message_id}
 * @param message {@code message}
 */
public record ChannelChatUserMessageUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        HeldMessageStatus status,
        String messageId,
        HeldMessage message) implements EventSubEvent {
}
