package dev.twitchkit.mock.internal.helix.bits;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Bits;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bits: the leaderboard of the token's channel (from the world's cheers), the Cheermote catalog, an extension's
 * transactions, and the channel's custom Power-ups.
 */
public final class BitsRoutes {
    static final int MAX_TRANSACTION_IDS = 100;
    static final int MAX_POWER_UP_IDS = 50;
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "all");
    private static final PageCursor TRANSACTIONS = new PageCursor("extension-transactions");
    private final World world;

    /** Routes reading and writing {@code world}. */
    public BitsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the Bits routes. */
    public void mount(Router router) {
        router.helix("GET", "/bits/leaderboard", this::getLeaderboard);
        router.helix("GET", "/bits/cheermotes", this::getCheermotes);
        router.helix("GET", "/extensions/transactions", this::getTransactions);
        router.helix("GET", "/bits/custom_power_ups", this::getCustomPowerUps);
    }

    private HttpReply getLeaderboard(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("bits:read");
        String broadcasterId = request.token().userId();
        int count = request.intQuery("count", 10, 1, 100);
        String period = request.optionalQuery("period").orElse("all");
        if (!PERIODS.contains(period)) {
            throw TwitchHttpError.badRequest("The time period specified in the period query parameter is not valid.");
        }
        Optional<Instant> startedAt = request.optionalQuery("started_at").map(BitsRoutes::instant);
        if (!period.equals("all") && startedAt.isEmpty()) {
            throw TwitchHttpError.badRequest("The started_at query parameter is required if period is not set to "
                    + "all.");
        }
        Leaderboard.Window window = Leaderboard.window(period, startedAt.orElse(null));
        List<Leaderboard.Leader> leaders = Leaderboard.rank(world.bits().cheers(broadcasterId, window.start(),
                window.end()), count, request.optionalQuery("user_id").orElse(null));
        ObjectNode body = HelixRequest.data(leaders, this::leader);
        ObjectNode range = body.putObject("date_range");
        range.put("started_at", window.start() == null ? "" : window.start().toString());
        range.put("ended_at", window.end() == null ? "" : window.end().toString());
        body.put("total", leaders.size());
        return HttpReply.ok(body);
    }

    private HttpReply getCheermotes(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        var broadcaster = request.optionalQuery("broadcaster_id").flatMap(world::user).orElse(null);
        return HttpReply.ok(HelixRequest.data(Cheermotes.of(broadcaster), n -> n));
    }

    private HttpReply getTransactions(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireAppToken();
        String extensionId = request.query("extension_id");
        if (!extensionId.equals(request.token().clientId())) {
            throw TwitchHttpError.unauthorized("The ID in the extension_id query parameter must match the client ID "
                    + "in the access token.");
        }
        List<String> ids = request.queryAll("id", MAX_TRANSACTION_IDS);
        List<ExtensionState.Transaction> all = world.extensions().require(extensionId).transactions();
        List<ExtensionState.Transaction> found = ids.isEmpty() ? all
                : all.stream().filter(t -> ids.contains(t.id())).toList();
        if (found.size() < ids.stream().distinct().count()) {
            throw TwitchHttpError.notFound("One or more of the transaction IDs specified using the id query "
                    + "parameter were not found.");
        }
        return HttpReply.ok(request.page(found, TRANSACTIONS, 20, 100, t -> transaction(extensionId, t)));
    }

    private HttpReply getCustomPowerUps(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("bits:read");
        String broadcasterId = request.tokenUser("broadcaster_id");
        List<String> ids = request.queryAll("id", MAX_POWER_UP_IDS);
        List<Bits.PowerUp> powerUps = world.bits().powerUps(broadcasterId).stream()
                .filter(p -> ids.isEmpty() || ids.contains(p.id())).toList();
        return HttpReply.ok(HelixRequest.data(powerUps, this::powerUp));
    }

    private JsonNode leader(Leaderboard.Leader leader) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "user", leader.userId());
        node.put("rank", leader.rank());
        node.put("score", leader.score());
        return node;
    }

    private JsonNode transaction(String extensionId, ExtensionState.Transaction transaction) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", transaction.id());
        node.put("timestamp", transaction.timestamp().toString());
        world.putUser(node, "broadcaster", transaction.broadcasterId());
        world.putUser(node, "user", transaction.userId());
        node.put("product_type", "BITS_IN_EXTENSION");
        ExtensionState.BitsProduct product = transaction.product();
        ObjectNode data = node.putObject("product_data");
        data.put("domain", "twitch.ext." + extensionId);
        data.put("sku", product.sku());
        data.putObject("cost").put("amount", product.amount()).put("type", product.currency());
        data.put("inDevelopment", product.inDevelopment());
        data.put("displayName", product.displayName());
        data.put("expiration", "");
        data.put("broadcast", product.broadcast());
        return node;
    }

    private JsonNode powerUp(Bits.PowerUp powerUp) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "broadcaster", powerUp.broadcasterId());
        node.put("id", powerUp.id());
        node.put("title", powerUp.title());
        node.put("prompt", powerUp.prompt());
        node.put("bits", powerUp.bits());
        node.putNull("image");
        String images = "https://static-cdn.jtvnw.net/custom-reward-images/default-";
        node.putObject("default_image").put("url_1x", images + "1.png").put("url_2x", images + "2.png")
                .put("url_4x", images + "4.png");
        node.put("background_color", "#9147FF");
        node.put("is_enabled", true);
        node.put("is_user_input_required", !powerUp.prompt().isEmpty());
        node.putObject("max_per_stream_setting").put("is_enabled", false).put("max_per_stream", 0);
        node.putObject("max_per_user_per_stream_setting").put("is_enabled", false).put("max_per_user_per_stream", 0);
        node.putObject("global_cooldown_setting").put("is_enabled", false).put("global_cooldown_seconds", 0);
        node.put("is_paused", false);
        node.put("is_in_stock", true);
        node.putNull("redemptions_redeemed_current_stream");
        node.putNull("cooldown_expires_at");
        return node;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw TwitchHttpError.badRequest("The started_at query parameter must be an RFC3339 date.");
        }
    }
}
