package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A message was caught by AutoMod for review.
 *
 * <p>EventSub type {@code automod.message.hold}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param category {@code category}
 * @param level {@code level}
 * @param heldAt the time in {@code held_at}, to Twitch's nanosecond precision
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
