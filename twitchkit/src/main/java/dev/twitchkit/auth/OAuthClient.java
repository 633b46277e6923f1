package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.http.Query;
import dev.twitchkit.internal.http.Request;
import dev.twitchkit.internal.http.Response;
import dev.twitchkit.internal.http.Transport;
import dev.twitchkit.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Twitch's OAuth server ({@code id.twitch.tv/oauth2}): client credentials, validate, refresh, revoke, the
 * device code grant and the authorization code exchange. Stateless: it stores nothing, which is the
 * registry's job. Errors arrive as {@link OAuthException} (inside the future's {@code CompletionException}).
 */
public final class OAuthClient {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final String clientId;
    private final String clientSecret;
    private final URI base;
    private final Transport transport;

    /**
     * @param clientId the application's client id
     * @param clientSecret its secret; null for a public client (device flow only)
     * @param oauthBase the OAuth base, e.g. {@code https://id.twitch.tv/oauth2}
     * @param http the HTTP client to send with
     * @param timeout the timeout of each request
     */
    public OAuthClient(String clientId, String clientSecret, URI oauthBase, HttpClient http, Duration timeout) {
        this.clientId = Checks.notBlank(clientId, "clientId");
        this.clientSecret = clientSecret;
        this.base = Checks.notNull(oauthBase, "oauthBase");
        this.transport = new Transport(Checks.notNull(http, "http"), Checks.positive(timeout, "timeout"));
    }

    /** The client id requests are made with. */
    public String clientId() {
        return clientId;
    }

    /** Whether this client has no secret (a public client): no client credentials or authorization code grant. */
    public boolean isPublicClient() {
        return clientSecret == null;
    }

    /**
     * An app access token by the client credentials grant. Needs the client secret: without one it throws a
     * {@link ClientSecretRequiredException} and asks nothing of Twitch.
     */
    public CompletableFuture<OAuthToken> clientCredentials() {
        return postToken(Query.create()
                .add("client_id", clientId)
                .add("client_secret", requireSecret("the client credentials grant (an app access token)"))
                .add("grant_type", "client_credentials"));
    }

    /** Asks Twitch whether a token is valid; a 401 {@link OAuthException} when it is not. */
    public CompletableFuture<TokenValidation> validate(String accessToken) {
        Checks.notBlank(accessToken, "accessToken");
        Request request = new Request("GET", Request.uri(base, "/validate", null),
                Map.of("Authorization", "OAuth " + accessToken), null);
        return transport.send(request).thenApply(response -> {
            JsonNode body = parse(expectSuccess(response));
            List<String> scopes = strings(body.path("scopes"));
            return new TokenValidation(text(body, "client_id"), text(body, "login"), text(body, "user_id"),
                    ScopeSet.ofStrings(scopes), Duration.ofSeconds(body.path("expires_in").asLong(0)));
        });
    }

    /**
     * A new access token (and possibly a new refresh token) for a refresh token. A public client sends no secret,
     * as Twitch wants for the tokens it got by the device code flow.
     */
    public CompletableFuture<OAuthToken> refresh(String refreshToken) {
        Checks.notBlank(refreshToken, "refreshToken");
        return postToken(Query.create()
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken));
    }

    /** Revokes an access token at Twitch. */
    public CompletableFuture<Void> revoke(String accessToken) {
        Checks.notBlank(accessToken, "accessToken");
        return postForm("/revoke", Query.create().add("client_id", clientId).add("token", accessToken))
                .thenApply(r -> null);
    }

    /** Starts the device code grant for {@code scopes}. */
    public CompletableFuture<DeviceCode> requestDeviceCode(ScopeSet scopes) {
        Checks.notNull(scopes, "scopes");
        return postForm("/device", Query.create().add("client_id", clientId).add("scopes", scopes.toParameter()))
                .thenApply(body -> new DeviceCode(text(body, "device_code"), text(body, "user_code"),
                        URI.create(text(body, "verification_uri")),
                        Duration.ofSeconds(body.path("expires_in").asLong(1800)),
                        Duration.ofSeconds(body.path("interval").asLong(5))));
    }

    /**
     * One poll of the device code grant: the token once the user has approved, otherwise an
     * {@link OAuthException} whose message is {@code authorization_pending}, {@code slow_down} or says the
     * code expired.
     */
    public CompletableFuture<OAuthToken> exchangeDeviceCode(String deviceCode, ScopeSet scopes) {
        Checks.notBlank(deviceCode, "deviceCode");
        return postToken(Query.create()
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .add("device_code", deviceCode)
                .add("scopes", scopes == null ? null : scopes.toParameter())
                .add("grant_type", DEVICE_GRANT));
    }

    /** Exchanges an authorization code for a user token. Needs the client secret. */
    public CompletableFuture<OAuthToken> exchangeCode(String code, URI redirectUri) {
        Checks.notBlank(code, "code");
        Checks.notNull(redirectUri, "redirectUri");
        return postToken(Query.create()
                .add("client_id", clientId)
                .add("client_secret", requireSecret("the authorization code grant"))
                .add("code", code)
                .add("grant_type", "authorization_code")
                .add("redirect_uri", redirectUri.toString()));
    }

    /** The address to send the user to for the authorization code grant. */
    public URI authorizationUrl(URI redirectUri, ScopeSet scopes, String state, boolean forceVerify) {
        Query query = Query.create()
                .add("response_type", "code")
                .add("client_id", clientId)
                .add("redirect_uri", redirectUri.toString())
                .add("scope", scopes.toParameter())
                .add("state", state);
        if (forceVerify) {
            query.add("force_verify", "true");
        }
        return Request.uri(base, "/authorize", query);
    }

    private CompletableFuture<OAuthToken> postToken(Query form) {
        return postForm("/token", form).thenApply(OAuthClient::toToken);
    }

    private CompletableFuture<JsonNode> postForm(String path, Query form) {
        Request request = new Request("POST", Request.uri(base, path, null),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form.encode());
        return transport.send(request).thenApply(response -> parse(expectSuccess(response)));
    }

    private static OAuthToken toToken(JsonNode body) {
        JsonNode scope = body.path("scope");
        ScopeSet scopes = scope.isArray() ? ScopeSet.ofStrings(strings(scope))
                : ScopeSet.parse(scope.isString() ? scope.stringValue() : null);
        JsonNode expires = body.path("expires_in");
        String access = text(body, "access_token");
        if (access == null || access.isBlank()) {
            throw new OAuthException(200, "token response without access_token");
        }
        return new OAuthToken(access, text(body, "refresh_token"),
                expires.isNumber() ? Duration.ofSeconds(expires.asLong()) : null, scopes,
                text(body, "token_type"));
    }

    private Response expectSuccess(Response response) {
        if (response.isSuccess()) {
            return response;
        }
        throw new OAuthException(response.status(), errorMessage(response));
    }

    private static String errorMessage(Response response) {
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            for (String field : new String[] {"message", "error_description", "error"}) {
                String value = text(body, field);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        } catch (JacksonException e) {
            // Not JSON (a proxy's error page): the status alone must do.
        }
        return "HTTP " + response.status();
    }

    private static JsonNode parse(Response response) {
        if (response.body().isBlank()) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(response.body());
        } catch (JacksonException e) {
            throw new CompletionException(new OAuthException(response.status(), "malformed JSON from Twitch"));
        }
    }

    private String requireSecret(String what) {
        if (clientSecret == null) {
            throw new ClientSecretRequiredException(what, "the builder (App.builder(clientId, clientSecret) or the"
                    + " client's), or to this OAuthClient");
        }
        return clientSecret;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + ", base=" + base + "]";
    }
}
