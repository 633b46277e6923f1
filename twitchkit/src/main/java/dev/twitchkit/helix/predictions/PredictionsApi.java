package dev.twitchkit.helix.predictions;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Channel Points Predictions, run one at a time: create, then lock, then resolve with the winning outcome (or
 * cancel, refunding the points). Twitch requires the broadcaster to be the token's user, so each method has an
 * overload without it.
 */
public final class PredictionsApi {
    /** Twitch's limit on a prediction's title. */
    public static final int MAX_TITLE_LENGTH = 45;
    /** Twitch's limit on an outcome's title. */
    public static final int MAX_OUTCOME_LENGTH = 25;
    /** The fewest outcomes a prediction has. */
    public static final int MIN_OUTCOMES = 2;
    /** The most outcomes a prediction has. */
    public static final int MAX_OUTCOMES = 10;
    /** The shortest prediction window, in seconds. */
    public static final int MIN_WINDOW_SECONDS = 30;
    /** The longest prediction window, in seconds. */
    public static final int MAX_WINDOW_SECONDS = 1800;
    /** The most prediction ids one Get Predictions call takes (Twitch's reference: 25). */
    public static final int MAX_IDS = 25;
    private static final String CATEGORY = "Predictions";

    // Twitch's reference: "the maximum is 25 items per page. The default is 20."
    static final ListEndpoint<Prediction> GET_PREDICTIONS =
            Endpoint.declare(CATEGORY, "Get Predictions", "getPredictions").route("GET", "/predictions")
                    .scopes(Scope.CHANNEL_READ_PREDICTIONS, Scope.CHANNEL_MANAGE_PREDICTIONS).userToken()
                    .list(Prediction.class, 25);
    static final ListEndpoint<Prediction> CREATE_PREDICTION =
            Endpoint.declare(CATEGORY, "Create Prediction", "createPrediction").route("POST", "/predictions")
                    .scopes(Scope.CHANNEL_MANAGE_PREDICTIONS).userToken().data(Prediction.class);
    static final ListEndpoint<Prediction> END_PREDICTION =
            Endpoint.declare(CATEGORY, "End Prediction", "endPrediction").route("PATCH", "/predictions")
                    .scopes(Scope.CHANNEL_MANAGE_PREDICTIONS).userToken().data(Prediction.class);

    private final HelixApi api;

    /** The prediction endpoints on {@code api}'s token. */
    public PredictionsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Every prediction of the broadcaster, the latest first. */
    public Paginator<Prediction> getPredictions(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_PREDICTIONS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId));
    }

    /** Every prediction of the token's user, the latest first. */
    public Paginator<Prediction> getPredictions() {
        return getPredictions(api.userId());
    }

    /** The broadcaster's predictions with these ids (at most {@value #MAX_IDS}); unknown ids are left out. */
    public CompletableFuture<List<Prediction>> getPredictions(String broadcasterId, Collection<String> predictionIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(predictionIds, "predictionIds");
        if (predictionIds.isEmpty() || predictionIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("predictionIds must hold 1 to " + MAX_IDS + " ids, got "
                    + predictionIds.size());
        }
        predictionIds.forEach(id -> Checks.notBlank(id, "prediction id"));
        // 25 ids fit one page only when asked for: Twitch's default page is 20.
        return GET_PREDICTIONS.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .addAll("id", predictionIds).add("first", MAX_IDS), null);
    }

    /** Starts a prediction in the broadcaster's channel; Twitch refuses a second one until the first ends. */
    public CompletableFuture<Prediction> createPrediction(String broadcasterId, NewPrediction prediction) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(prediction, "prediction");
        return CREATE_PREDICTION.single(api, null, Bodies.of("broadcaster_id", broadcasterId,
                "title", prediction.title(),
                "outcomes", prediction.outcomes().stream().map(o -> Bodies.of("title", o)).toList(),
                "prediction_window", prediction.predictionWindow().toSeconds()));
    }

    /** Starts a prediction in the token's user's channel. */
    public CompletableFuture<Prediction> createPrediction(NewPrediction prediction) {
        return createPrediction(api.userId(), prediction);
    }

    /**
     * Locks, resolves or cancels the broadcaster's prediction: an active one may go to any of the three, a locked
     * one to {@link PredictionStatus#RESOLVED} or {@link PredictionStatus#CANCELED}.
     *
     * @param status {@link PredictionStatus#LOCKED}, {@link PredictionStatus#RESOLVED} or
     *     {@link PredictionStatus#CANCELED}
     * @param winningOutcomeId the winning outcome, required for RESOLVED and only then; else null
     */
    public CompletableFuture<Prediction> endPrediction(String broadcasterId, String predictionId,
                                                       PredictionStatus status, String winningOutcomeId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(predictionId, "predictionId");
        Checks.notNull(status, "status");
        if (!List.of(PredictionStatus.LOCKED, PredictionStatus.RESOLVED, PredictionStatus.CANCELED)
                .contains(status)) {
            throw new IllegalArgumentException("a prediction can only be set to LOCKED, RESOLVED or CANCELED, got "
                    + status);
        }
        if (status.equals(PredictionStatus.RESOLVED)) {
            if (winningOutcomeId == null || winningOutcomeId.isBlank()) {
                throw new IllegalArgumentException("RESOLVED needs the winningOutcomeId of one of its outcomes");
            }
        } else if (winningOutcomeId != null) {
            throw new IllegalArgumentException("winningOutcomeId is only for RESOLVED, not " + status);
        }
        return END_PREDICTION.single(api, null, Bodies.of("broadcaster_id", broadcasterId, "id", predictionId,
                "status", status.value(), "winning_outcome_id", winningOutcomeId));
    }

    /** Stops the token's user's prediction from taking more predictions. */
    public CompletableFuture<Prediction> lockPrediction(String predictionId) {
        return endPrediction(api.userId(), predictionId, PredictionStatus.LOCKED, null);
    }

    /** Resolves the token's user's prediction: the points go to the viewers who chose {@code winningOutcomeId}. */
    public CompletableFuture<Prediction> resolvePrediction(String predictionId, String winningOutcomeId) {
        return endPrediction(api.userId(), predictionId, PredictionStatus.RESOLVED, winningOutcomeId);
    }

    /** Cancels the token's user's prediction, refunding every viewer's points. */
    public CompletableFuture<Prediction> cancelPrediction(String predictionId) {
        return endPrediction(api.userId(), predictionId, PredictionStatus.CANCELED, null);
    }
}
