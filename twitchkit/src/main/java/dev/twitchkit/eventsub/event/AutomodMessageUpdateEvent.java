package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A message held by AutoMod was approved, denied or expired.
 *
 * <p>EventSub type {@code automod.message.update}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param category {@code category}
 * @param level {@code level}
 * @param status {@code status}
 * @param heldAt {@code held_at}
 */
public record AutomodMessageUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String messageId,
        AutomodMessage message,
        String category,
        int level,
        AutomodMessageStatus status,
        Instant heldAt) implements EventSubEvent {
}
