package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A Guest Star session ended (beta).
 *
 * <p>EventSub type {@code channel.guest_star_session.end}, version {@code beta}. Beta: Twitch may change it without
 * a new version.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}; may be null: null when the host ended it
 * @param moderatorUserLogin {@code moderator_user_login}; may be null: null when the host ended it
 * @param moderatorUserName {@code moderator_user_name}; may be null: null when the host ended it
 * @param sessionId {@code session_id}
 * @param startedAt {@code started_at}
 * @param endedAt {@code ended_at}
 * @param hostUserId {@code host_user_id}
 * @param hostUserName {@code host_user_name}
 * @param hostUserLogin {@code host_user_login}
 */
public record ChannelGuestStarSessionEndBetaEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String sessionId,
        Instant startedAt,
        Instant endedAt,
        String hostUserId,
        String hostUserName,
        String hostUserLogin) implements EventSubEvent {
}
