package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A prediction was locked.
 *
 * <p>EventSub type {@code channel.prediction.lock}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param title {@code title}
 * @param startedAt {@code started_at}
 * @param outcomes {@code outcomes}; empty when Twitch sends none
 * @param lockedAt {@code locked_at}
 */
public record ChannelPredictionLockEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        Instant startedAt,
        List<PredictionOutcomeResult> outcomes,
        Instant lockedAt) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelPredictionLockEvent {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
