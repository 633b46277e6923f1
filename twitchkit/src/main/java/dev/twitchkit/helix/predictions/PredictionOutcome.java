package dev.twitchkit.helix.predictions;

import java.util.List;

/**
 * One outcome of a prediction.
 *
 * @param id the outcome's id (what {@link PredictionsApi#resolvePrediction} takes)
 * @param title the outcome, at most 25 characters
 * @param users how many viewers chose it
 * @param channelPoints the Channel Points spent on it
 * @param topPredictors the viewers who spent the most on it; empty when Twitch sends none (null)
 * @param color its color in Twitch's UI
 */
public record PredictionOutcome(String id, String title, int users, int channelPoints,
                                List<Predictor> topPredictors, OutcomeColor color) {
    /** Copies the predictors so the record stays immutable. */
    public PredictionOutcome {
        topPredictors = topPredictors == null ? List.of() : List.copyOf(topPredictors);
    }
}
