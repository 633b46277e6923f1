package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A prediction ended.
 *
 * <p>EventSub type {@code channel.prediction.end}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param title {@code title}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param winningOutcomeId {@code winning_outcome_id}; may be null: null when the prediction was canceled
 * @param outcomes {@code outcomes}; empty when Twitch sends none
 * @param status {@code status}
 * @param endedAt the time in {@code ended_at}, to Twitch's nanosecond precision
 */
public record ChannelPredictionEndEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        Instant startedAt,
        String winningOutcomeId,
        List<PredictionOutcomeResult> outcomes,
        PredictionStatus status,
        Instant endedAt) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelPredictionEndEvent {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
