package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A prediction started.
 *
 * <p>EventSub type {@code channel.prediction.begin}, version {@code 1}.
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
