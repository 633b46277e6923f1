package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the id server answers a successful token request with, and scope-string parsing. */
final class TokenBodies {
    private TokenBodies() {
    }

    /** {@code access_token, expires_in, refresh_token, scope[], token_type} — a user token. */
    static ObjectNode userToken(AuthStore.Token token, Instant now) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("access_token", token.accessToken());
        body.put("expires_in", secondsLeft(token, now));
        body.put("refresh_token", token.refreshToken());
        body.set("scope", scopeArray(token.scopes()));
        body.put("token_type", "bearer");
        return body;
    }

    /** {@code access_token, expires_in, token_type} — an app token from client credentials. */
    static ObjectNode appToken(AuthStore.Token token, Instant now) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("access_token", token.accessToken());
        body.put("expires_in", secondsLeft(token, now));
        body.put("token_type", "bearer");
        return body;
    }

    static ArrayNode scopeArray(Collection<String> scopes) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        scopes.stream().sorted().forEach(array::add);
        return array;
    }

    /** Whole seconds left, rounded up, so a token issued for four hours says 14400 in its own response. */
    static long secondsLeft(AuthStore.Token token, Instant now) {
        long millis = Duration.between(now, token.expiresAt()).toMillis();
        return Math.max(0, (millis + 999) / 1000);
    }

    /** Twitch takes scopes space separated ({@code +} in a form decodes to a space). */
    static Set<String> parseScopes(String raw) {
        Set<String> scopes = new LinkedHashSet<>();
        if (raw != null) {
            Arrays.stream(raw.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        return scopes;
    }
}
