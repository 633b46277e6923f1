package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A prediction started.
 *
 * <p>EventSub type {@code channel.prediction.begin}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param title {@code title}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param outcomes {@code outcomes}; empty when Twitch sends none
 * @param locksAt the time in {@code locks_at}, to Twitch's nanosecond precision
 */
public record ChannelPredictionBeginEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        Instant startedAt,
        List<PredictionOutcome> outcomes,
        Instant locksAt) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelPredictionBeginEvent {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
