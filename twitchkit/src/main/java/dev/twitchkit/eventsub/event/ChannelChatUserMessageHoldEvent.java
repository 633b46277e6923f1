package dev.twitchkit.eventsub.event;

/**
 * A user's message was held by AutoMod.
 *
 * <p>EventSub type {@code channel.chat.user_message_hold}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param messageId {@code message_id}
 * @param message {@code message}
 */
public record ChannelChatUserMessageHoldEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String messageId,
        HeldMessage message) implements EventSubEvent {
}
