package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.Map;

/**
 * {@code POST /oauth2/revoke} ({@code client_id}, {@code token}): 200 with no body; 404 "client does not exist"
 * for an unknown client; 400 "Invalid token" for a token that is unknown, already revoked or another client's.
 * The token's refresh token dies with it.
 */
final class RevokeEndpoint {
    private final AuthStore auth;

    RevokeEndpoint(AuthStore auth) {
        this.auth = auth;
    }

    HttpReply handle(HttpExchange exchange) {
        Map<String, String> form = exchange.form();
        String clientId = form.get("client_id");
        if (clientId == null || clientId.isBlank()) {
            throw TwitchHttpError.badRequest("missing client id");
        }
        if (auth.client(clientId).isEmpty()) {
            throw TwitchHttpError.notFound("client does not exist");
        }
        String access = form.get("token");
        if (access == null || access.isBlank()) {
            throw TwitchHttpError.badRequest("missing oauth token");
        }
        boolean ownToken = auth.byAccessToken(access).map(t -> t.clientId().equals(clientId)).orElse(false);
        if (!ownToken || !auth.revokeAccessToken(access)) {
            throw TwitchHttpError.badRequest("Invalid token");
        }
        return new HttpReply(200, Map.of(), null);
    }
}
