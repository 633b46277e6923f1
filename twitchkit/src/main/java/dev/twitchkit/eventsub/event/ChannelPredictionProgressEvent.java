package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * Users participated in a prediction.
 *
 * <p>EventSub type {@code channel.prediction.progress}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param title {@code title}
 * @param startedAt {@code started_at}
 * @param outcomes {@code outcomes}; empty when Twitch sends none
 * @param locksAt {@code locks_at}
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
