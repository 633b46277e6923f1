package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A Guest Star session began (beta).
 *
 * <p>EventSub type {@code channel.guest_star_session.begin}, version {@code beta}. Beta: Twitch may change it
 * without a new version.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id}); may be null: null when the host
 *     started it
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login}); may be null: null when the
 *     host started it
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name}); may be null: null when the
 *     host started it
 * @param sessionId {@code session_id}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 */
public record ChannelGuestStarSessionBeginBetaEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String sessionId,
        Instant startedAt) implements EventSubEvent {
}
