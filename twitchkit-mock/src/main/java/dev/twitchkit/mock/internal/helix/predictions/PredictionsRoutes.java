package dev.twitchkit.mock.internal.helix.predictions;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Predictions;
import dev.twitchkit.mock.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Twitch's Predictions endpoints: Get Predictions, Create Prediction, End Prediction (lock, resolve, cancel), with
 * Twitch's limits and error answers.
 */
public final class PredictionsRoutes {
    private static final String READ = "channel:read:predictions";
    private static final String MANAGE = "channel:manage:predictions";
    // Twitch's reference: at most 25 ids and 25 a page, 20 by default.
    private static final int MAX_IDS = 25;
    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PAGE = 25;
    private static final int MAX_TITLE = 45;
    private static final int MAX_OUTCOME_TITLE = 25;
    private static final PageCursor CURSOR = new PageCursor("prediction");

    private final World world;

    public PredictionsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the three routes. */
    public void mount(Router router) {
        router.helix("GET", "/predictions", this::getPredictions);
        router.helix("POST", "/predictions", this::createPrediction);
        router.helix("PATCH", "/predictions", this::endPrediction);
    }

    private HttpReply getPredictions(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(READ, MANAGE);
        String broadcasterId = request.tokenUser("broadcaster_id");
        List<String> ids = request.queryAll("id", MAX_IDS);
        List<Predictions.Prediction> predictions = ids.isEmpty()
                ? world.predictions().list(broadcasterId, world.now())
                : world.predictions().byIds(broadcasterId, ids, world.now());
        return HttpReply.ok(request.page(predictions, CURSOR, DEFAULT_PAGE, MAX_PAGE, this::render));
    }

    private HttpReply createPrediction(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUserField("broadcaster_id");
        JsonNode body = request.body();
        String title = HelixRequest.text(body, "title");
        if (title.length() > MAX_TITLE) {
            throw TwitchHttpError.badRequest("The prediction's title is too long.");
        }
        List<String> outcomes = outcomes(body.get("outcomes"));
        int window = HelixRequest.requiredInt(body, "prediction_window", 30, 1800);
        Predictions.Prediction prediction = world.predictions().create(broadcasterId, title, outcomes, window,
                world.now());
        return HttpReply.ok(HelixRequest.data(List.of(prediction), this::render));
    }

    private HttpReply endPrediction(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUserField("broadcaster_id");
        JsonNode body = request.body();
        String id = HelixRequest.text(body, "id");
        String status = HelixRequest.text(body, "status");
        String winner = HelixRequest.optionalText(body, "winning_outcome_id");
        if ("RESOLVED".equals(status) && (winner == null || winner.isBlank())) {
            throw TwitchHttpError.badRequest("The winning_outcome_id field is required if status is RESOLVED.");
        }
        Predictions.Prediction prediction = world.predictions().end(broadcasterId, id, status, winner, world.now());
        return HttpReply.ok(HelixRequest.data(List.of(prediction), this::render));
    }

    private static List<String> outcomes(JsonNode node) {
        if (node == null || node.isNull()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"outcomes\"");
        }
        if (!node.isArray() || node.size() < 2 || node.size() > 10) {
            throw TwitchHttpError.badRequest("The prediction must have 2 to 10 outcomes.");
        }
        List<String> titles = new ArrayList<>();
        for (JsonNode outcome : node) {
            if (!outcome.isObject()) {
                throw TwitchHttpError.badRequest("Each outcome must be an object with a title");
            }
            String title = HelixRequest.text(outcome, "title");
            if (title.length() > MAX_OUTCOME_TITLE) {
                throw TwitchHttpError.badRequest("The outcome's title is too long.");
            }
            titles.add(title);
        }
        return titles;
    }

    private JsonNode render(Predictions.Prediction p) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", p.id());
        world.putUser(node, "broadcaster", p.broadcasterId());
        node.put("title", p.title());
        node.put("winning_outcome_id", p.winningOutcomeId());
        ArrayNode outcomes = node.putArray("outcomes");
        for (Predictions.Outcome o : p.outcomes()) {
            ObjectNode out = outcomes.addObject().put("id", o.id()).put("title", o.title())
                    .put("users", o.pointsByUser().size()).put("channel_points", o.channelPoints());
            List<Predictions.Predictor> top = world.predictions().topPredictors(p, o);
            if (top.isEmpty()) {
                out.putNull("top_predictors"); // as Twitch: null, not [], when nobody predicted it
            } else {
                ArrayNode users = out.putArray("top_predictors");
                top.forEach(t -> users.addObject().put("user_id", t.userId()).put("user_name", t.displayName())
                        .put("user_login", t.login()).put("channel_points_used", t.channelPointsUsed())
                        .put("channel_points_won", t.channelPointsWon() == null ? 0 : t.channelPointsWon()));
            }
            out.put("color", o.color());
        }
        node.put("prediction_window", p.predictionWindow());
        node.put("status", p.status());
        node.put("created_at", p.createdAt().toString());
        node.put("ended_at", p.endedAt() == null ? null : p.endedAt().toString());
        node.put("locked_at", p.lockedAt() == null ? null : p.lockedAt().toString());
        return node;
    }
}
