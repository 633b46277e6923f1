package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A message held by AutoMod was approved, denied or expired.
 *
 * <p>EventSub type {@code automod.message.update}, version {@code 2}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param reason {@code reason}
 * @param automod {@code automod}; may be null: null unless {@code reason} is automod
 * @param blockedTerm {@code blocked_term}; may be null: null unless {@code reason} is blocked_term
 * @param status {@code status}
 * @param heldAt the time in {@code held_at}, to Twitch's nanosecond precision
 */
public record AutomodMessageUpdateV2Event(
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
        HeldMessage message,
        AutomodReason reason,
        AutomodDetails automod,
        BlockedTermDetails blockedTerm,
        AutomodMessageStatus status,
        Instant heldAt) implements EventSubEvent {
}
