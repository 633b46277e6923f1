package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A message was caught by AutoMod for review.
 *
 * <p>EventSub type {@code automod.message.hold}, version {@code 2}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param reason {@code reason}
 * @param automod {@code automod}; may be null: null unless {@code reason} is automod
 * @param blockedTerm {@code blocked_term}; may be null: null unless {@code reason} is blocked_term
 * @param heldAt {@code held_at}
 */
public record AutomodMessageHoldV2Event(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String messageId,
        HeldMessage message,
        AutomodReason reason,
        AutomodDetails automod,
        BlockedTermDetails blockedTerm,
        Instant heldAt) implements EventSubEvent {
}
