package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;

/** The client id and secret checks every OAuth endpoint shares, with the id server's own messages. */
final class ClientChecks {
    private final AuthStore auth;

    ClientChecks(AuthStore auth) {
        this.auth = auth;
    }

    /** The registered client, or 400 "missing client id" / "invalid client". */
    AuthStore.Client client(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw TwitchHttpError.badRequest("missing client id");
        }
        return auth.client(clientId).orElseThrow(() -> TwitchHttpError.badRequest("invalid client"));
    }

    /**
     * Checks the secret: a wrong one (any one, for a public client, which has none) is 403 "invalid client
     * secret"; a missing one is 400 "missing client secret" unless {@code mayBeMissing}.
     */
    void secret(AuthStore.Client client, String secret, boolean mayBeMissing) {
        if (secret == null || secret.isEmpty()) {
            if (!mayBeMissing) {
                throw TwitchHttpError.badRequest("missing client secret");
            }
            return;
        }
        if (client.isPublic() || !secret.equals(client.secret())) {
            throw new TwitchHttpError(403, "invalid client secret");
        }
    }
}
