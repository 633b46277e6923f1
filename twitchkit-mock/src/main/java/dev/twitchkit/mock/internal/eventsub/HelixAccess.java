package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;

/** The token of a Helix request (bearer token plus a matching {@code Client-Id}); 401 with Twitch's text otherwise. */
final class HelixAccess {
    private HelixAccess() {
    }

    static AuthStore.Token authenticate(AuthStore auth, HttpExchange exchange) {
        return auth.authenticateHelix(exchange.header("Authorization").orElse(null),
                exchange.header("Client-Id").orElse(null));
    }
}
