package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Codes handed out by {@code /authorize}, each redeemable once, by its client, within ten minutes. */
final class AuthorizationCodes {
    /** RFC 6749 recommends at most ten minutes. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<String, Grant> byCode = new ConcurrentHashMap<>();

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    /** What the user allowed when the code was issued. */
    record Grant(String clientId, String userId, Set<String> scopes, String redirectUri, Instant expiresAt) {
    }

    String issue(String clientId, String userId, Set<String> scopes, String redirectUri) {
        String code = AuthStore.randomString(30);
        byCode.put(code, new Grant(clientId, userId, Set.copyOf(scopes), redirectUri, clock.instant().plus(LIFETIME)));
        return code;
    }

    /**
     * Spends a code. 400 "Invalid authorization code" when it is unknown, used, expired or another client's; 400
     * about the redirect URI when it differs from the one the code was issued for (the code is spent either way,
     * as a guessed code must not get a second try).
     */
    Grant redeem(String code, String clientId, String redirectUri) {
        Grant grant = code == null ? null : byCode.remove(code);
        if (grant == null || !grant.clientId().equals(clientId) || !clock.instant().isBefore(grant.expiresAt())) {
            throw TwitchHttpError.badRequest("Invalid authorization code");
        }
        if (!grant.redirectUri().equals(redirectUri)) {
            throw TwitchHttpError.badRequest("Parameter redirect_uri does not match registered URI");
        }
        return grant;
    }
}
