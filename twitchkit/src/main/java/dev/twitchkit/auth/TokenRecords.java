package dev.twitchkit.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of a stored {@link Token}, shared by the file store. Field names are snake_case as Twitch's. */
final class TokenRecords {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TokenRecords() {
    }

    static ObjectNode toJson(Token token) {
        ObjectNode node = NODES.objectNode();
        node.put("user_id", token.userId());
        node.put("login", token.login());
        node.put("access_token", token.accessToken());
        node.put("refresh_token", token.refreshToken());
        ArrayNode scopes = node.putArray("scopes");
        token.scopes().values().forEach(scopes::add);
        node.put("expires_at", token.expiresAt() == null ? null : token.expiresAt().toString());
        node.put("last_validated", token.lastValidated() == null ? null : token.lastValidated().toString());
        return node;
    }

    /** A token from its JSON form; an {@link IllegalArgumentException} naming the missing or bad member. */
    static Token fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a token entry is not an object");
        }
        List<String> scopes = new ArrayList<>();
        JsonNode array = node.path("scopes");
        if (array.isArray()) {
            array.forEach(s -> scopes.add(s.asString()));
        }
        String userId = OAuthClient.text(node, "user_id");
        String access = OAuthClient.text(node, "access_token");
        if (userId == null || access == null) {
            throw new IllegalArgumentException("a token entry lacks user_id or access_token");
        }
        return new Token(userId, OAuthClient.text(node, "login"), access, OAuthClient.text(node, "refresh_token"),
                ScopeSet.ofStrings(scopes), instant(node, "expires_at"), instant(node, "last_validated"), false);
    }

    private static Instant instant(JsonNode node, String field) {
        String value = OAuthClient.text(node, field);
        return value == null ? null : Instant.parse(value);
    }
}
