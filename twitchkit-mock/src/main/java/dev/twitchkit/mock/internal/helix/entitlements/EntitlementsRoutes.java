package dev.twitchkit.mock.internal.helix.entitlements;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Entitlements;
import dev.twitchkit.mock.internal.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drops entitlements. With an app token the organization sees and updates every entitlement (the mock has one
 * organization); with a user token only the user's own, others answering {@code UNAUTHORIZED} to an update.
 */
public final class EntitlementsRoutes {
    static final int MAX_IDS = 100;
    private static final Set<String> STATUSES = Set.of("CLAIMED", "FULFILLED");
    private static final PageCursor DROPS = new PageCursor("drops");
    private final World world;

    /** Routes reading and writing {@code world}. */
    public EntitlementsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the entitlement routes. */
    public void mount(Router router) {
        router.helix("GET", "/entitlements/drops", this::getDrops);
        router.helix("PATCH", "/entitlements/drops", this::updateDrops);
    }

    private HttpReply getDrops(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        AuthStore.Token token = request.token();
        List<String> ids = request.queryAll("id", MAX_IDS);
        Optional<String> userId = request.optionalQuery("user_id");
        if (!token.isApp() && userId.isPresent() && !userId.get().equals(token.userId())) {
            throw TwitchHttpError.badRequest("The ID in the user_id query parameter must match the user ID in the "
                    + "user access token.");
        }
        Optional<String> owner = token.isApp() ? userId : Optional.of(token.userId());
        Optional<String> gameId = request.optionalQuery("game_id");
        Optional<String> status = request.optionalQuery("fulfillment_status").map(EntitlementsRoutes::status);
        List<Entitlements.Entitlement> found = world.entitlements().all().stream()
                .filter(e -> ids.isEmpty() || ids.contains(e.id()))
                .filter(e -> owner.map(e.userId()::equals).orElse(true))
                .filter(e -> gameId.map(e.gameId()::equals).orElse(true))
                .filter(e -> status.map(e.status()::equals).orElse(true))
                .toList();
        return HttpReply.ok(request.page(found, DROPS, 20, 1000, EntitlementsRoutes::entitlement));
    }

    private HttpReply updateDrops(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        AuthStore.Token token = request.token();
        JsonNode body = request.body();
        String status = status(HelixRequest.text(body, "fulfillment_status"));
        JsonNode idsNode = body.get("entitlement_ids");
        if (idsNode == null || !idsNode.isArray() || idsNode.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"entitlement_ids\"");
        }
        if (idsNode.size() > MAX_IDS) {
            throw TwitchHttpError.badRequest("The entitlement_ids field may contain at most " + MAX_IDS + " IDs.");
        }
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        for (String outcome : List.of("SUCCESS", "INVALID_ID", "NOT_FOUND", "UNAUTHORIZED")) {
            outcomes.put(outcome, new ArrayList<>());
        }
        for (JsonNode node : idsNode) {
            String id = node.isString() ? node.asString() : "";
            Optional<Entitlements.Entitlement> entitlement = id.isBlank() ? Optional.empty()
                    : world.entitlements().find(id);
            String outcome = id.isBlank() ? "INVALID_ID" : entitlement.isEmpty() ? "NOT_FOUND"
                    : !token.isApp() && !entitlement.get().userId().equals(token.userId()) ? "UNAUTHORIZED"
                    : "SUCCESS";
            if (outcome.equals("SUCCESS")) {
                world.entitlements().setStatus(id, status, world.now());
            }
            outcomes.get(outcome).add(node.isString() ? id : node.toString());
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        var data = out.putArray("data");
        outcomes.forEach((outcome, ids) -> {
            if (!ids.isEmpty()) {
                ObjectNode group = data.addObject().put("status", outcome);
                ids.forEach(group.putArray("ids")::add);
            }
        });
        return HttpReply.ok(out);
    }

    private static String status(String value) {
        if (!STATUSES.contains(value)) {
            throw TwitchHttpError.badRequest("The value in the fulfillment_status field is not valid.");
        }
        return value;
    }

    private static JsonNode entitlement(Entitlements.Entitlement entitlement) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", entitlement.id());
        node.put("benefit_id", entitlement.benefitId());
        node.put("timestamp", entitlement.timestamp().toString());
        node.put("user_id", entitlement.userId());
        node.put("game_id", entitlement.gameId());
        node.put("fulfillment_status", entitlement.status());
        node.put("last_updated", entitlement.lastUpdated().toString());
        return node;
    }
}
