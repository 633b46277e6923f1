package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.SubscriptionRequest;
import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helix's Create, Get and Delete EventSub Subscription at {@code /eventsub/subscriptions}. Every create
 * request is recorded, whatever it is answered.
 */
public final class SubscriptionRoutes {
    /** Get EventSub Subscriptions pages by 100 and, as Twitch, ignores {@code first}. */
    static final int PAGE_SIZE = 100;
    private static final PageCursor CURSOR = new PageCursor("o");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EventSubServer server;
    private final AuthStore auth;

    public SubscriptionRoutes(EventSubServer server) {
        this.server = server;
        this.auth = server.auth();
    }

    public void mount(Router router) {
        router.helix("POST", "/eventsub/subscriptions", this::create);
        router.helix("GET", "/eventsub/subscriptions", this::list);
        router.helix("DELETE", "/eventsub/subscriptions", this::delete);
    }

    HttpReply create(HttpExchange exchange) {
        String clientId = exchange.header("Client-Id").orElse(null);
        String userId = null;
        Map<String, String> condition = new LinkedHashMap<>();
        Map<String, String> transport = new LinkedHashMap<>();
        String type = null;
        String version = null;
        int status = 500;
        String createdId = null;
        try {
            AuthStore.Token token = HelixAccess.authenticate(auth, exchange);
            userId = token.userId();
            JsonNode body = exchange.jsonBody();
            type = text(body, "type");
            version = text(body, "version");
            readStrings(body.get("condition"), "condition", condition);
            readStrings(body.get("transport"), "transport", transport);
            if (type == null || version == null) {
                throw TwitchHttpError.badRequest("Missing required parameter \"" + (type == null ? "type" : "version")
                        + "\"");
            }
            if (body.get("condition") == null) {
                throw TwitchHttpError.badRequest("Missing required parameter \"condition\"");
            }
            String method = transport.get("method");
            if (method == null) {
                throw TwitchHttpError.badRequest("Missing required parameter \"transport.method\"");
            }
            String typeName = type;
            String versionName = version;
            CatalogEntry entry = server.catalog().find(type, version).filter(e -> !e.removed())
                    .orElseThrow(() -> TwitchHttpError.badRequest("The combination of values in the type and version "
                            + "fields is not valid: " + typeName + " version " + versionName));
            entry.checkCondition(condition);
            String target = switch (method) {
                case "websocket" -> required(transport, "session_id");
                case "conduit" -> required(transport, "conduit_id");
                case "webhook" -> webhookCallback(transport);
                default -> throw TwitchHttpError.badRequest("invalid transport method: " + method);
            };
            if (entry.batched() && !body.path("is_batching_enabled").asBoolean(false)) {
                throw TwitchHttpError.badRequest("is_batching_enabled must be true for " + entry.type());
            }
            Subscription sub = server.create(token, entry, condition, method, target, transport.get("secret"));
            createdId = sub.id();
            status = 202;
            ObjectNode reply = NODES.objectNode();
            reply.putArray("data").add(SubscriptionJson.forHelix(sub));
            reply.put("total", server.ownedBy(token).size());
            reply.put("total_cost", server.totalCost(token));
            reply.put("max_total_cost", server.maxTotalCost(token));
            server.startVerification(sub); // as Twitch: the challenge follows the answer
            return HttpReply.json(202, reply);
        } catch (TwitchHttpError e) {
            status = e.status();
            throw e;
        } finally {
            transport.remove("secret");
            server.record(new SubscriptionRequest(type, version, condition, transport, clientId, userId, status,
                    createdId));
        }
    }

    HttpReply list(HttpExchange exchange) {
        AuthStore.Token token = HelixAccess.authenticate(auth, exchange);
        List<String> filters = List.of("status", "type", "user_id", "subscription_id").stream()
                .filter(f -> exchange.query(f).isPresent()).toList();
        if (filters.size() > 1) {
            throw TwitchHttpError.badRequest("The request may specify only one filter query parameter; got "
                    + String.join(", ", filters));
        }
        List<Subscription> owned = server.ownedBy(token);
        List<Subscription> matching = owned.stream().filter(s -> matches(s, exchange)).toList();
        int offset = CURSOR.start(exchange.query("after"), matching.size());
        int end = Math.min(matching.size(), offset + PAGE_SIZE);
        ObjectNode reply = NODES.objectNode();
        var data = reply.putArray("data");
        matching.subList(offset, end).forEach(s -> data.add(SubscriptionJson.forHelix(s)));
        reply.put("total", owned.size());
        reply.put("total_cost", server.totalCost(token));
        reply.put("max_total_cost", server.maxTotalCost(token));
        ObjectNode pagination = reply.putObject("pagination");
        if (end < matching.size()) {
            pagination.put("cursor", CURSOR.encode(end));
        }
        return HttpReply.ok(reply);
    }

    HttpReply delete(HttpExchange exchange) {
        AuthStore.Token token = HelixAccess.authenticate(auth, exchange);
        String id = exchange.query("id").filter(s -> !s.isBlank())
                .orElseThrow(() -> TwitchHttpError.badRequest("Missing required parameter \"id\""));
        Subscription sub = server.subscription(id)
                .filter(s -> s.clientId().equals(token.clientId()))
                .orElseThrow(() -> TwitchHttpError.notFound("subscription not found"));
        server.delete(sub);
        return HttpReply.noContent();
    }

    private static boolean matches(Subscription s, HttpExchange exchange) {
        return exchange.query("status").map(v -> v.equals(s.status())).orElse(true)
                && exchange.query("type").map(v -> v.equals(s.type())).orElse(true)
                && exchange.query("subscription_id").map(v -> v.equals(s.id())).orElse(true)
                && exchange.query("user_id").map(v -> s.condition().entrySet().stream()
                        .anyMatch(c -> c.getKey().endsWith("user_id") && c.getValue().equals(v))).orElse(true);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString() || v.asString().isBlank()) {
            throw TwitchHttpError.badRequest("\"" + field + "\" must be a non-empty string");
        }
        return v.asString();
    }

    private static void readStrings(JsonNode node, String name, Map<String, String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw TwitchHttpError.badRequest("\"" + name + "\" must be an object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isString()) {
                throw TwitchHttpError.badRequest("\"" + name + "." + e.getKey() + "\" must be a string");
            }
            into.put(e.getKey(), e.getValue().asString());
        }
    }

    /**
     * A webhook transport's callback: https, or http on this machine (a test's receiver). The mock calls only
     * callbacks on this machine (challenge first, then notifications); any other is enabled at once and its
     * notifications are only recorded as webhook deliveries.
     */
    private static String webhookCallback(Map<String, String> transport) {
        String callback = required(transport, "callback");
        if (!callback.startsWith("https://") && !(callback.startsWith("http://") && WebhookCaller.callable(callback))) {
            throw TwitchHttpError.badRequest("transport.callback must be an https URL");
        }
        String secret = transport.get("secret");
        if (secret == null || secret.length() < 10 || secret.length() > 100) {
            throw TwitchHttpError.badRequest("transport.secret must be 10 to 100 characters");
        }
        return callback;
    }

    private static String required(Map<String, String> transport, String field) {
        String v = transport.get(field);
        if (v == null || v.isBlank()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"transport." + field + "\"");
        }
        return v;
    }
}
