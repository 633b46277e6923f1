package dev.twitchkit.helix.predictions;

import java.time.Instant;
import java.util.List;

/**
 * A Channel Points Prediction, as Get Predictions, Create Prediction and End Prediction answer it.
 *
 * @param id the prediction's id
 * @param broadcasterId the channel's broadcaster
 * @param broadcasterName the broadcaster's display name
 * @param broadcasterLogin the broadcaster's login
 * @param title the question, at most 45 characters
 * @param winningOutcomeId the winning outcome's id; null unless {@link PredictionStatus#RESOLVED}
 * @param outcomes the 2 to 10 outcomes with what was predicted on them
 * @param predictionWindow how long viewers may predict, in seconds
 * @param status active, locked, resolved or canceled
 * @param createdAt when it began
 * @param endedAt when it was resolved or canceled; null before
 * @param lockedAt when it was locked; null unless it was locked
 */
public record Prediction(String id, String broadcasterId, String broadcasterName, String broadcasterLogin,
                         String title, String winningOutcomeId, List<PredictionOutcome> outcomes,
                         int predictionWindow, PredictionStatus status, Instant createdAt, Instant endedAt,
                         Instant lockedAt) {
    /** Copies the outcomes so the record stays immutable. */
    public Prediction {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
