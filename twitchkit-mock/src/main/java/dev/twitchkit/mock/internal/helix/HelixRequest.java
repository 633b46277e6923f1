package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Helix request as a route checks it, with Twitch's answers for what is wrong: the token's type and scopes, the
 * ids that must be the token's user, required and bounded query parameters and body fields (400 naming the
 * parameter), and the paging of a list ({@code first}, {@code after}). The gate has already authenticated the token
 * and taken its rate-limit point.
 */
public final class HelixRequest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final HttpExchange exchange;
    private final AuthStore.Token token;
    private JsonNode body;

    public HelixRequest(HttpExchange exchange, AuthStore auth) {
        this(exchange, auth.authenticate(exchange.header("authorization").orElse(null)));
    }

    private HelixRequest(HttpExchange exchange, AuthStore.Token token) {
        this.exchange = exchange;
        this.token = token;
    }

    /**
     * A request of a route that takes an extension JWT (verified by the gate, see {@link ExtensionJwts}): the
     * query, body and answer helpers work; the OAuth token checks do not apply and throw.
     */
    public static HelixRequest withJwt(HttpExchange exchange) {
        return new HelixRequest(exchange, (AuthStore.Token) null);
    }

    /** The OAuth token; {@link IllegalStateException} on a JWT route's request. */
    public AuthStore.Token token() {
        if (token == null) {
            throw new IllegalStateException("this route takes an extension JWT, not an OAuth token");
        }
        return token;
    }

    public HttpExchange exchange() {
        return exchange;
    }

    // ---------------------------------------------------------------- the token

    /** A user access token with any one of {@code scopes} (none: any user token); else Twitch's 401. */
    public HelixRequest requireUserToken(String... scopes) {
        if (token().isApp()) {
            throw TwitchHttpError.unauthorized("The request requires a user access token");
        }
        return requireScope(scopes);
    }

    /** Any one of {@code scopes} on a user token (app tokens carry none and pass); else 401 {@code Missing scope}. */
    public HelixRequest requireScope(String... scopes) {
        if (!token().isApp() && scopes.length > 0 && Arrays.stream(scopes).noneMatch(token::hasScope)) {
            throw TwitchHttpError.unauthorized("Missing scope: " + String.join(" or ", scopes));
        }
        return this;
    }

    /** An app access token; else 401. */
    public HelixRequest requireAppToken() {
        if (!token().isApp()) {
            throw TwitchHttpError.unauthorized("The request requires an app access token");
        }
        return this;
    }

    /**
     * The required query parameter {@code name}, which Twitch requires to be the token's user (a moderator id, the
     * broadcaster id of a broadcaster-only endpoint); else 401 as Twitch answers.
     */
    public String tokenUser(String name) {
        String id = query(name);
        if (token().isApp() || !id.equals(token.userId())) {
            throw TwitchHttpError.unauthorized("The ID in " + name + " must match the user ID found in the request's "
                    + "OAuth token.");
        }
        return id;
    }

    /**
     * The required body field {@code name} (e.g. Create Poll's {@code broadcaster_id}), which Twitch requires to be
     * the token's user; else 400 when missing, 401 as Twitch answers when another user.
     */
    public String tokenUserField(String name) {
        String id = text(body(), name);
        if (token.isApp() || !id.equals(token.userId())) {
            throw TwitchHttpError.unauthorized("The ID in " + name + " must match the user ID in the access token.");
        }
        return id;
    }

    // ---------------------------------------------------------------- the query

    /** A required, non-blank query parameter; else 400 {@code Missing required parameter "name"}. */
    public String query(String name) {
        return exchange.query(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> missing(name));
    }

    /** An optional query parameter; blank counts as absent. */
    public Optional<String> optionalQuery(String name) {
        return exchange.query(name).filter(v -> !v.isBlank());
    }

    /** Every value of a repeated parameter, at most {@code max} of them; else 400. */
    public List<String> queryAll(String name, int max) {
        List<String> values = exchange.queryAll(name).stream().filter(v -> !v.isBlank()).toList();
        if (values.size() > max) {
            throw TwitchHttpError.badRequest("The request exceeded the maximum allowed number of " + name
                    + " query parameters (" + max + ")");
        }
        return values;
    }

    /** An integer parameter within bounds, or {@code fallback} when absent; else 400. */
    public int intQuery(String name, int fallback, int min, int max) {
        Optional<String> raw = optionalQuery(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw outOfRange(name, min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw TwitchHttpError.badRequest("The parameter \"" + name + "\" must be a number");
        }
    }

    /** A boolean parameter ({@code true}/{@code false}), or {@code fallback} when absent; else 400. */
    public boolean boolQuery(String name, boolean fallback) {
        Optional<String> raw = optionalQuery(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw TwitchHttpError.badRequest("The parameter \"" + name + "\" must be true or false");
        };
    }

    // ---------------------------------------------------------------- the body

    /** The body as a JSON object; 400 when missing or not JSON. */
    public JsonNode body() {
        if (body == null) {
            body = exchange.jsonBody();
        }
        return body;
    }

    /** A required string field of the body (of {@code node}); else 400. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isString() || value.asString().isBlank()) {
            throw missing(field);
        }
        return value.asString();
    }

    /** An optional string field; null when absent or null; 400 when not a string. */
    public static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw TwitchHttpError.badRequest("The parameter \"" + field + "\" must be a string");
        }
        return value.asString();
    }

    /** An optional integer field within bounds; null when absent; 400 when not an integer or out of range. */
    public static Integer optionalInt(JsonNode node, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw TwitchHttpError.badRequest("The parameter \"" + field + "\" must be an integer");
        }
        int number = value.asInt();
        if (number < min || number > max) {
            throw outOfRange(field, min, max);
        }
        return number;
    }

    /** A required integer field within bounds; else 400. */
    public static int requiredInt(JsonNode node, String field, int min, int max) {
        Integer value = optionalInt(node, field, min, max);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** An optional boolean field; null when absent; 400 when not a boolean. */
    public static Boolean optionalBool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw TwitchHttpError.badRequest("The parameter \"" + field + "\" must be a boolean");
        }
        return value.asBoolean();
    }

    // ---------------------------------------------------------------- answers

    /** {@code {"data":[…]}} of the items, rendered. */
    public static <T> ObjectNode data(List<T> items, Function<T, JsonNode> render) {
        ObjectNode out = NODES.objectNode();
        ArrayNode data = out.putArray("data");
        items.forEach(item -> data.add(render.apply(item)));
        return out;
    }

    /**
     * One page of {@code items}: {@code first} (default {@code defaultSize}, 1 to {@code maxSize}) items after the
     * {@code after} cursor, with {@code pagination.cursor} when more remain (an empty {@code pagination} object on
     * the last page, as Twitch).
     */
    public <T> ObjectNode page(List<T> items, PageCursor cursor, int defaultSize, int maxSize,
                               Function<T, JsonNode> render) {
        int size = intQuery("first", defaultSize, 1, maxSize);
        int start = cursor.start(optionalQuery("after"), items.size());
        int end = Math.min(items.size(), start + size);
        ObjectNode out = data(items.subList(start, end), render);
        ObjectNode pagination = out.putObject("pagination");
        if (end < items.size()) {
            pagination.put("cursor", cursor.encode(end));
        }
        return out;
    }

    private static TwitchHttpError missing(String name) {
        return TwitchHttpError.badRequest("Missing required parameter \"" + name + "\"");
    }

    private static TwitchHttpError outOfRange(String name, int min, int max) {
        return TwitchHttpError.badRequest("The parameter \"" + name + "\" must be between " + min + " and " + max);
    }
}
