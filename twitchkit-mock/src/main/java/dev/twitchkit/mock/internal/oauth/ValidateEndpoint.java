package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /oauth2/validate} with {@code Authorization: OAuth <token>} (or {@code Bearer}). Every call is counted
 * per token, since Twitch requires clients to validate each token hourly and the library's tests check that.
 */
final class ValidateEndpoint {
    private final AuthStore auth;
    private final OAuthCounters counters;

    ValidateEndpoint(AuthStore auth, OAuthCounters counters) {
        this.auth = auth;
        this.counters = counters;
    }

    HttpReply handle(HttpExchange exchange) {
        String access = exchange.header("authorization").flatMap(ValidateEndpoint::tokenOf)
                .orElseThrow(() -> TwitchHttpError.unauthorized("missing authorization token"));
        Optional<AuthStore.Token> found = auth.byAccessToken(access);
        Instant now = auth.clock().instant();
        counters.validated(access, found.filter(t -> !t.expired(now)).map(AuthStore.Token::userId).orElse(null));
        AuthStore.Token token = found.filter(t -> !t.expired(now))
                .orElseThrow(() -> TwitchHttpError.unauthorized("invalid access token"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("client_id", token.clientId());
        if (!token.isApp()) {
            body.put("login", auth.userById(token.userId()).map(AuthStore.User::login).orElse(null));
        }
        body.set("scopes", TokenBodies.scopeArray(token.scopes()));
        if (!token.isApp()) {
            body.put("user_id", token.userId());
        }
        body.put("expires_in", TokenBodies.secondsLeft(token, now));
        return HttpReply.ok(body);
    }

    private static Optional<String> tokenOf(String header) {
        String h = header.trim();
        int space = h.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = h.substring(0, space);
        String value = h.substring(space + 1).trim();
        boolean known = scheme.equalsIgnoreCase("OAuth") || scheme.equalsIgnoreCase("Bearer");
        return known && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    }
}
