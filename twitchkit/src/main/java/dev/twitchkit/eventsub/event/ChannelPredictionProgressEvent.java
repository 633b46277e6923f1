package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * Users participated in a prediction.
 *
 * <p>EventSub type {@code channel.prediction.progress}, version {@code 1}.
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
public record ChannelPredictionProgressEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        Instant startedAt,
        List<PredictionOutcomeResult> outcomes,
        Instant locksAt) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelPredictionProgressEvent {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
