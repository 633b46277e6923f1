package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A prediction outcome with the users and Channel Points on it so far.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param title {@code title}
 * @param color {@code color}
 * @param users {@code users}
 * @param channelPoints {@code channel_points}
 * @param topPredictors {@code top_predictors}; empty when Twitch sends none
 */
public record PredictionOutcomeResult(
        String id,
        String title,
        PredictionOutcomeColor color,
        int users,
        int channelPoints,
        List<PredictionPredictor> topPredictors) {
    /** Copies lists so the record stays immutable. */
    public PredictionOutcomeResult {
        topPredictors = topPredictors == null ? List.of() : List.copyOf(topPredictors);
    }
}
