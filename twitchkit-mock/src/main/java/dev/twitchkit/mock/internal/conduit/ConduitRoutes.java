package dev.twitchkit.mock.internal.conduit;

import dev.twitchkit.mock.MockConduit;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.eventsub.Timestamps;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helix's conduit endpoints at {@code /eventsub/conduits} and {@code /eventsub/conduits/shards}. All of them
 * take an app access token only, as Twitch's do.
 */
public final class ConduitRoutes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PageCursor CURSOR = new PageCursor("s");

    private final ConduitStore store;
    private final AuthStore auth;

    public ConduitRoutes(ConduitStore store, AuthStore auth) {
        this.store = store;
        this.auth = auth;
    }

    public void mount(Router router) {
        router.helix("GET", "/eventsub/conduits", this::list);
        router.helix("POST", "/eventsub/conduits", this::create);
        router.helix("PATCH", "/eventsub/conduits", this::update);
        router.helix("DELETE", "/eventsub/conduits", this::delete);
        router.helix("GET", "/eventsub/conduits/shards", this::shards);
        router.helix("PATCH", "/eventsub/conduits/shards", this::updateShards);
    }

    private String appClient(HttpExchange exchange) {
        AuthStore.Token token = auth.authenticateHelix(exchange.header("Authorization").orElse(null),
                exchange.header("Client-Id").orElse(null));
        if (!token.isApp()) {
            throw TwitchHttpError.unauthorized("Invalid OAuth token: conduits need an app access token");
        }
        return token.clientId();
    }

    HttpReply list(HttpExchange exchange) {
        String client = appClient(exchange);
        ObjectNode reply = NODES.objectNode();
        ArrayNode data = reply.putArray("data");
        store.list(client).forEach(c -> data.add(conduitJson(c)));
        return HttpReply.ok(reply);
    }

    HttpReply create(HttpExchange exchange) {
        String client = appClient(exchange);
        JsonNode body = exchange.jsonBody();
        return single(store.create(client, shardCount(body)));
    }

    HttpReply update(HttpExchange exchange) {
        String client = appClient(exchange);
        JsonNode body = exchange.jsonBody();
        return single(store.resize(client, text(body, "id"), shardCount(body)));
    }

    HttpReply delete(HttpExchange exchange) {
        String client = appClient(exchange);
        String id = exchange.query("id").filter(s -> !s.isBlank())
                .orElseThrow(() -> TwitchHttpError.badRequest("Missing required parameter \"id\""));
        store.delete(client, id);
        return HttpReply.noContent();
    }

    HttpReply shards(HttpExchange exchange) {
        String client = appClient(exchange);
        String conduitId = exchange.query("conduit_id").filter(s -> !s.isBlank())
                .orElseThrow(() -> TwitchHttpError.badRequest("Missing required parameter \"conduit_id\""));
        int first = exchange.query("first").map(ConduitRoutes::first).orElse(20);
        List<MockShard> matching = store.shards(client, conduitId).stream()
                .filter(s -> exchange.query("status").map(v -> v.equals(s.status())).orElse(true))
                .toList();
        int offset = CURSOR.start(exchange.query("after"), matching.size());
        int end = Math.min(matching.size(), offset + first);
        ObjectNode reply = NODES.objectNode();
        ArrayNode data = reply.putArray("data");
        matching.subList(offset, end).forEach(s -> data.add(shardJson(s)));
        ObjectNode pagination = reply.putObject("pagination");
        if (end < matching.size()) {
            pagination.put("cursor", CURSOR.encode(end));
        }
        return HttpReply.ok(reply);
    }

    HttpReply updateShards(HttpExchange exchange) {
        String client = appClient(exchange);
        JsonNode body = exchange.jsonBody();
        String conduitId = text(body, "conduit_id");
        JsonNode shards = body.get("shards");
        if (shards == null || !shards.isArray() || shards.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"shards\"");
        }
        List<ConduitStore.ShardUpdate> updates = new ArrayList<>();
        for (JsonNode s : shards) {
            JsonNode t = s.path("transport");
            updates.add(new ConduitStore.ShardUpdate(stringOrNull(s.get("id")), stringOrNull(t.get("method")),
                    stringOrNull(t.get("session_id")), stringOrNull(t.get("callback")),
                    stringOrNull(t.get("secret"))));
        }
        if (updates.stream().anyMatch(u -> u.id() == null)) {
            throw TwitchHttpError.badRequest("every shard needs an \"id\"");
        }
        ConduitStore.UpdateResult result = store.updateShards(client, conduitId, updates);
        ObjectNode reply = NODES.objectNode();
        ArrayNode data = reply.putArray("data");
        result.updated().forEach(s -> data.add(shardJson(s)));
        ArrayNode errors = reply.putArray("errors");
        result.errors().forEach(e -> {
            ObjectNode err = errors.addObject();
            err.put("id", e.id());
            err.put("message", e.message());
            err.put("code", e.code());
        });
        return HttpReply.json(202, reply);
    }

    private static HttpReply single(MockConduit conduit) {
        ObjectNode reply = NODES.objectNode();
        reply.putArray("data").add(conduitJson(conduit));
        return HttpReply.ok(reply);
    }

    private static ObjectNode conduitJson(MockConduit c) {
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id());
        node.put("shard_count", c.shardCount());
        return node;
    }

    static ObjectNode shardJson(MockShard s) {
        ObjectNode node = NODES.objectNode();
        node.put("id", s.id());
        node.put("status", s.status());
        ObjectNode transport = node.putObject("transport");
        transport.put("method", s.method());
        if ("webhook".equals(s.method())) {
            transport.put("callback", s.callback());
        } else {
            if (s.sessionId() != null) {
                transport.put("session_id", s.sessionId());
            }
            if (s.connectedAt() != null) {
                transport.put("connected_at", Timestamps.format(s.connectedAt()));
            }
            if (s.disconnectedAt() != null) {
                transport.put("disconnected_at", Timestamps.format(s.disconnectedAt()));
            }
        }
        return node;
    }

    private static int shardCount(JsonNode body) {
        JsonNode n = body.get("shard_count");
        if (n == null || !n.isIntegralNumber()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"shard_count\" (an integer)");
        }
        long v = n.asLong();
        if (v < 1 || v > ConduitStore.MAX_SHARDS) {
            throw TwitchHttpError.badRequest("shard_count must be between 1 and " + ConduitStore.MAX_SHARDS);
        }
        return (int) v;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"" + field + "\"");
        }
        return v.asString();
    }

    private static String stringOrNull(JsonNode v) {
        return v == null || !v.isString() ? null : v.asString();
    }

    private static int first(String raw) {
        try {
            int v = Integer.parseInt(raw);
            if (v < 1 || v > 100) {
                throw TwitchHttpError.badRequest("first must be between 1 and 100");
            }
            return v;
        } catch (NumberFormatException e) {
            throw TwitchHttpError.badRequest("first must be between 1 and 100");
        }
    }
}
