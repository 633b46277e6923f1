package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /oauth2/token}: the client credentials, refresh token, authorization code and device code grants,
 * with the id server's error bodies. Fields come from the form body or the query string, as Twitch accepts both.
 */
final class TokenEndpoint {
    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String AUTHORIZATION_CODE = "authorization_code";
    static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";

    private final AuthStore auth;
    private final Clock clock;
    private final Duration tokenTtl;
    private final ClientChecks clients;
    private final AuthorizationCodes codes;
    private final DeviceAuthorizations devices;
    private final Supplier<AuthStore.User> defaultUser;
    private final OAuthCounters counters;
    private final OAuthFaults faults;

    TokenEndpoint(AuthStore auth, Duration tokenTtl, ClientChecks clients, AuthorizationCodes codes,
                  DeviceAuthorizations devices, Supplier<AuthStore.User> defaultUser, OAuthCounters counters,
                  OAuthFaults faults) {
        this.auth = auth;
        this.clock = auth.clock();
        this.tokenTtl = tokenTtl;
        this.clients = clients;
        this.codes = codes;
        this.devices = devices;
        this.defaultUser = defaultUser;
        this.counters = counters;
        this.faults = faults;
    }

    HttpReply handle(HttpExchange exchange) {
        counters.tokenRequested();
        Map<String, String> form = exchange.form();
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw TwitchHttpError.badRequest("missing grant_type");
        }
        AuthStore.Client client = clients.client(form.get("client_id"));
        faults.throwIfScripted(grantType);
        return switch (grantType) {
            case CLIENT_CREDENTIALS -> clientCredentials(client, form);
            case REFRESH_TOKEN -> refresh(client, form);
            case AUTHORIZATION_CODE -> authorizationCode(client, form);
            case DEVICE_CODE -> deviceCode(client, form);
            default -> throw TwitchHttpError.badRequest("unsupported grant_type");
        };
    }

    private HttpReply clientCredentials(AuthStore.Client client, Map<String, String> form) {
        clients.secret(client, form.get("client_secret"), false);
        AuthStore.Token token = auth.issueAppToken(client.id(), tokenTtl);
        return HttpReply.ok(TokenBodies.appToken(token, clock.instant()));
    }

    /** Only a public client refreshes without a secret; a confidential one must send its own. */
    private HttpReply refresh(AuthStore.Client client, Map<String, String> form) {
        clients.secret(client, form.get("client_secret"), client.isPublic());
        String refreshToken = form.get("refresh_token");
        if (refreshToken == null || refreshToken.isBlank()) {
            throw TwitchHttpError.badRequest("missing refresh token");
        }
        AuthStore.Token fresh = auth.redeemRefreshToken(refreshToken, client.id(), tokenTtl)
                .orElseThrow(() -> TwitchHttpError.badRequest("Invalid refresh token"));
        counters.refreshed(fresh.userId());
        return HttpReply.ok(TokenBodies.userToken(fresh, clock.instant()));
    }

    private HttpReply authorizationCode(AuthStore.Client client, Map<String, String> form) {
        clients.secret(client, form.get("client_secret"), false);
        String code = form.get("code");
        if (code == null || code.isBlank()) {
            throw TwitchHttpError.badRequest("missing code");
        }
        AuthorizationCodes.Grant grant = codes.redeem(code, client.id(), form.get("redirect_uri"));
        AuthStore.Token token = auth.issueUserToken(client.id(), grant.userId(), grant.scopes(), tokenTtl);
        return HttpReply.ok(TokenBodies.userToken(token, clock.instant()));
    }

    /** Public and confidential clients alike poll device codes with or without their secret. */
    private HttpReply deviceCode(AuthStore.Client client, Map<String, String> form) {
        clients.secret(client, form.get("client_secret"), true);
        DeviceAuthorizations.Approved approved = devices.poll(form.get("device_code"), client.id(), defaultUser);
        AuthStore.Token token = auth.issueUserToken(client.id(), approved.userId(), approved.scopes(), tokenTtl);
        return HttpReply.ok(TokenBodies.userToken(token, clock.instant()));
    }
}
