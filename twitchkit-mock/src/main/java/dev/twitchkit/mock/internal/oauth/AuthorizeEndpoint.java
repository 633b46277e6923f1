package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code GET /oauth2/authorize}: Twitch's consent page, minus the page. The mock "logs in" as the {@code login}
 * parameter's user (a mock extension) or the default user and allows at once, redirecting (302) to
 * {@code redirect_uri?code=…&scope=…&state=…} ({@code response_type=code}) or
 * {@code redirect_uri#access_token=…&scope=…&state=…&token_type=bearer} (the implicit grant,
 * {@code response_type=token}). A test makes the user refuse with {@link #denyNext()}.
 *
 * <p>As Twitch: an unknown client or a redirect URI that is not registered is a 400 (the browser cannot be trusted
 * with a redirect); any other problem redirects with {@code error} and {@code error_description}.
 * {@code force_verify} would only show the page again, so the mock accepts and ignores it.
 */
final class AuthorizeEndpoint {
    private final AuthStore auth;
    private final ClientChecks clients;
    private final RedirectUris redirectUris;
    private final AuthorizationCodes codes;
    private final Supplier<AuthStore.User> defaultUser;
    private final Duration tokenTtl;
    private final AtomicInteger denials = new AtomicInteger();

    AuthorizeEndpoint(AuthStore auth, ClientChecks clients, RedirectUris redirectUris, AuthorizationCodes codes,
                      Supplier<AuthStore.User> defaultUser, Duration tokenTtl) {
        this.auth = auth;
        this.clients = clients;
        this.redirectUris = redirectUris;
        this.codes = codes;
        this.defaultUser = defaultUser;
        this.tokenTtl = tokenTtl;
    }

    /** The next authorization is refused by the user ({@code error=access_denied}). */
    void denyNext() {
        denials.incrementAndGet();
    }

    HttpReply handle(HttpExchange exchange) {
        AuthStore.Client client = clients.client(exchange.query("client_id").orElse(null));
        String redirectUri = exchange.query("redirect_uri").orElse(null);
        if (!redirectUris.allowed(client.id(), redirectUri)) {
            throw TwitchHttpError.badRequest("Parameter redirect_uri does not match registered URI");
        }
        String state = exchange.query("state").orElse(null);
        String responseType = exchange.query("response_type").orElse("");
        if (!responseType.equals("code") && !responseType.equals("token")) {
            return redirect(redirectUri, '?', errorParams("unsupported_response_type",
                    "response_type must be code or token", state));
        }
        char separator = responseType.equals("code") ? '?' : '#';
        if (denials.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return redirect(redirectUri, separator, errorParams("access_denied", "The user denied you access", state));
        }
        AuthStore.User user = exchange.query("login")
                .map(login -> auth.userByLogin(login)
                        .orElseThrow(() -> TwitchHttpError.badRequest("no user with login " + login)))
                .orElseGet(defaultUser);
        Set<String> scopes = TokenBodies.parseScopes(exchange.query("scope").orElse(""));
        Map<String, String> params = new LinkedHashMap<>();
        if (responseType.equals("code")) {
            params.put("code", codes.issue(client.id(), user.id(), scopes, redirectUri));
        } else {
            params.put("access_token", auth.issueUserToken(client.id(), user.id(), scopes, tokenTtl).accessToken());
        }
        params.put("scope", String.join(" ", scopes));
        if (state != null) {
            params.put("state", state);
        }
        if (responseType.equals("token")) {
            params.put("token_type", "bearer");
        }
        return redirect(redirectUri, separator, params);
    }

    private static Map<String, String> errorParams(String error, String description, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        if (state != null) {
            params.put("state", state);
        }
        return params;
    }

    private static HttpReply redirect(String redirectUri, char separator, Map<String, String> params) {
        String encoded = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        char join = separator == '?' && redirectUri.contains("?") ? '&' : separator;
        return new HttpReply(302, Map.of("Location", redirectUri + join + encoded), null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
