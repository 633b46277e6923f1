package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A message was caught by AutoMod for review.
 *
 * <p>EventSub type {@code automod.message.hold}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param category {@code category}
 * @param level {@code level}
 * @param heldAt {@code held_at}
 */
public record AutomodMessageHoldEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String messageId,
        AutomodMessage message,
        String category,
        int level,
        Instant heldAt) implements EventSubEvent {
}
