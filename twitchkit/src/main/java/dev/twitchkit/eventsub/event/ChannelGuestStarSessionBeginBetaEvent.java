package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A Guest Star session began (beta).
 *
 * <p>EventSub type {@code channel.guest_star_session.begin}, version {@code beta}. Beta: Twitch may change it
 * without a new version.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}; may be null: null when the host started it
 * @param moderatorUserLogin {@code moderator_user_login}; may be null: null when the host started it
 * @param moderatorUserName {@code moderator_user_name}; may be null: null when the host started it
 * @param sessionId {@code session_id}
 * @param startedAt {@code started_at}
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
