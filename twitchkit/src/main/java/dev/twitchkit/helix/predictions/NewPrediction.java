package dev.twitchkit.helix.predictions;

import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.util.List;

/**
 * What Create Prediction needs, checked against Twitch's limits as it is made:
 * <pre>{@code
 * predictions.createPrediction(NewPrediction.of("Boss down first try?", Duration.ofMinutes(2), "Yes", "No"))
 * }</pre>
 *
 * @param title the question, 1 to {@value PredictionsApi#MAX_TITLE_LENGTH} characters
 * @param outcomes {@value PredictionsApi#MIN_OUTCOMES} to {@value PredictionsApi#MAX_OUTCOMES} outcomes, each 1
 *     to {@value PredictionsApi#MAX_OUTCOME_LENGTH} characters
 * @param predictionWindow how long viewers may predict: whole seconds, 30 s to 30 min
 */
public record NewPrediction(String title, List<String> outcomes, Duration predictionWindow) {
    /** Checks every limit Twitch documents; an {@link IllegalArgumentException} names the one broken. */
    public NewPrediction {
        Checks.maxLength(Checks.notBlank(title, "title"), PredictionsApi.MAX_TITLE_LENGTH, "title");
        Checks.notNull(outcomes, "outcomes");
        if (outcomes.size() < PredictionsApi.MIN_OUTCOMES || outcomes.size() > PredictionsApi.MAX_OUTCOMES) {
            throw new IllegalArgumentException("a prediction needs " + PredictionsApi.MIN_OUTCOMES + " to "
                    + PredictionsApi.MAX_OUTCOMES + " outcomes, got " + outcomes.size());
        }
        outcomes.forEach(o -> Checks.maxLength(Checks.notBlank(o, "outcome"),
                PredictionsApi.MAX_OUTCOME_LENGTH, "outcome"));
        outcomes = List.copyOf(outcomes);
        Checks.notNull(predictionWindow, "predictionWindow");
        if (predictionWindow.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("predictionWindow must be whole seconds, got " + predictionWindow);
        }
        Checks.inRange((int) Math.min(predictionWindow.toSeconds(), Integer.MAX_VALUE),
                PredictionsApi.MIN_WINDOW_SECONDS, PredictionsApi.MAX_WINDOW_SECONDS, "predictionWindow in seconds");
    }

    /** A prediction with these outcomes, in order. */
    public static NewPrediction of(String title, Duration predictionWindow, String... outcomes) {
        return new NewPrediction(title, List.of(Checks.notNull(outcomes, "outcomes")), predictionWindow);
    }
}
