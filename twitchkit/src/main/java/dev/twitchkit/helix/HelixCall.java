package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.internal.Futures;
import dev.twitchkit.internal.http.Backoff;
import dev.twitchkit.internal.http.Delays;
import dev.twitchkit.internal.http.Query;
import dev.twitchkit.internal.http.RateBucket;
import dev.twitchkit.internal.http.Request;
import dev.twitchkit.internal.http.Response;
import dev.twitchkit.internal.json.Json;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One Helix call through its retries: waits on an empty bucket, refreshes the token once after a 401, waits
 * out a 429 until {@code Ratelimit-Reset}, backs off on 5xx and connection failures — each bounded. A call signed
 * with an extension JWT ({@link JwtCredentials}) signs a new one per attempt and sends the extension's client id.
 */
final class HelixCall<T> {
    private static final Logger log = LoggerFactory.getLogger(HelixCall.class);

    private final Helix helix;
    private final String key;
    private final JwtCredentials jwt;
    private final Endpoint<T> endpoint;
    private final Query query;
    private final String jsonBody;
    private final Backoff backoff;
    private boolean refreshed;
    private int rateLimitRetries;
    private int retries;
    /** The status of the last answer, 0 before any (for {@link HelixListener}). */
    private volatile int lastStatus;

    /** {@code jwt} null: {@code key}'s OAuth token; else a JWT it signs, and {@code key} names its bucket. */
    HelixCall(Helix helix, String key, JwtCredentials jwt, Endpoint<T> endpoint, Query query, Object body) {
        this.helix = helix;
        this.key = key;
        this.jwt = jwt;
        this.endpoint = endpoint;
        this.query = query;
        this.jsonBody = body == null ? null : Json.bodyWriter().writeValueAsString(body);
        this.backoff = new Backoff(helix.settings().backoffBase(), helix.settings().backoffMax());
    }

    CompletableFuture<T> run() {
        if (!helix.hasListeners()) {
            return runUnobserved();
        }
        long start = System.nanoTime();
        return runUnobserved().whenComplete((value, error) ->
                helix.callFinished(endpoint.route(), lastStatus, Duration.ofNanos(System.nanoTime() - start)));
    }

    private CompletableFuture<T> runUnobserved() {
        RuntimeException refused = refusal();
        return refused != null ? CompletableFuture.failedFuture(refused) : attempt();
    }

    /** Why the declaration says Twitch would refuse this token, so nothing is sent; null when it may go. */
    private RuntimeException refusal() {
        if (endpoint.needsNoToken()) {
            return null;
        }
        Set<TokenType> accepted = endpoint.tokens();
        if (jwt != null) {
            return accepted.contains(TokenType.EXTENSION_JWT) ? null : new IllegalStateException(endpoint.route()
                    + " does not take an extension JWT; call it with an OAuth token's HelixApi");
        }
        if (!accepted.contains(TokenType.APP) && !accepted.contains(TokenType.USER)) {
            return new IllegalStateException(endpoint.route() + " needs a JWT signed with the extension's secret; "
                    + "call it with the extension's credentials");
        }
        boolean app = helix.isAppKey(key);
        if (app && !accepted.contains(TokenType.APP)) {
            return new IllegalStateException(endpoint.route() + " needs a user access token; this call was bound "
                    + "to the app token (use the user's HelixApi)");
        }
        if (!app && !accepted.contains(TokenType.USER)) {
            return new IllegalStateException(endpoint.route() + " needs the app access token; this call was bound "
                    + "to user " + key);
        }
        if (!app && lacksScopes()) {
            return new MissingScopeException(endpoint.route(), endpoint.scopes());
        }
        return null;
    }

    /** Whether the token is known to have none of the endpoint's scopes. */
    private boolean lacksScopes() {
        if (endpoint.scopes().isEmpty()) {
            return false;
        }
        return helix.tokens().knownScopes(key)
                .map(known -> endpoint.scopes().stream().noneMatch(known::contains))
                .orElse(false);
    }

    private CompletableFuture<T> attempt() {
        RateBucket bucket = helix.limiter().bucket(key);
        Duration wait = bucket.reserve();
        if (wait.compareTo(helix.settings().maxRateLimitWait()) > 0) {
            return CompletableFuture.failedFuture(new RateLimitedException(429, endpoint.route(),
                    "rate-limit bucket empty for " + wait.toSeconds() + " s, longer than the allowed wait"));
        }
        if (!wait.isZero()) {
            log.debug("{}: bucket of {} empty, waiting {} ms", endpoint.route(), key, wait.toMillis());
        }
        return Delays.after(wait).thenCompose(v -> send(bucket));
    }

    private CompletableFuture<T> send(RateBucket bucket) {
        String token;
        try {
            // A public resource (an iCalendar feed) gets no credentials: nothing to leak, nothing to refresh.
            token = endpoint.needsNoToken() ? null : jwt != null ? jwt.signJwt() : helix.tokens().accessToken(key);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
            headers.put("Client-Id", jwt != null ? jwt.clientId() : helix.clientId());
        }
        if (jsonBody != null) {
            headers.put("Content-Type", "application/json");
        }
        Request request = new Request(endpoint.method(), Request.uri(helix.base(), endpoint.path(), query),
                headers, jsonBody);
        return helix.transport().send(request)
                .handle((response, error) -> error != null ? onFailure(error) : onResponse(bucket, token, response))
                .thenCompose(f -> f);
    }

    private CompletableFuture<T> onFailure(Throwable error) {
        lastStatus = 0; // this attempt got no answer, whatever an earlier one got
        Throwable cause = Futures.unwrap(error);
        if (cause instanceof IOException && !(cause instanceof HttpTimeoutException) && retries < maxRetries()) {
            Duration delay = backoff.delay(retries++);
            log.debug("{}: connection failed ({}), retry {} in {} ms", endpoint.route(), cause.getClass().getSimpleName(),
                    retries, delay.toMillis());
            return Delays.after(delay).thenCompose(v -> attempt());
        }
        return CompletableFuture.failedFuture(cause);
    }

    private CompletableFuture<T> onResponse(RateBucket bucket, String token, Response response) {
        bucket.update(response);
        int status = response.status();
        lastStatus = status;
        if (response.isSuccess()) {
            return decode(response);
        }
        // A refresh helps only a token Twitch no longer takes: its 401s for a missing scope or a user not allowed
        // to act ("not authorized to delete", "must match the user ID") would come back the same. A JWT is signed
        // anew per attempt: there is no token to refresh.
        if (status == 401 && token != null && jwt == null && !refreshed && tokenRefused(twitchMessage(response))) {
            refreshed = true;
            log.debug("{}: 401 for {}, refreshing the token once", endpoint.route(), key);
            return helix.tokens().refreshAfterUnauthorized(key, token).thenCompose(v -> attempt());
        }
        if (status == 429 && rateLimitRetries < helix.settings().maxRateLimitRetries()
                && response.longHeader("Ratelimit-Remaining").orElse(0) <= 0) {
            // Remaining > 0 means an endpoint-specific limit (e.g. EventSub's transport limit): waiting cannot help.
            Duration wait = bucket.untilReset();
            if (response.header("Ratelimit-Reset").isEmpty()) {
                wait = backoff.delay(rateLimitRetries);
            }
            if (wait.compareTo(helix.settings().maxRateLimitWait()) <= 0) {
                rateLimitRetries++;
                log.debug("{}: 429 for {}, waiting {} ms for the refill", endpoint.route(), key, wait.toMillis());
                return Delays.after(wait).thenCompose(v -> attempt());
            }
        }
        if ((status == 500 || status == 502 || status == 503 || status == 504) && retries < maxRetries()) {
            Duration delay = backoff.delay(retries++);
            log.debug("{}: {} from Twitch, retry {} in {} ms", endpoint.route(), status, retries, delay.toMillis());
            return Delays.after(delay).thenCompose(v -> attempt());
        }
        // Scopes are named only where a missing one may be the cause: not when the token is known to have one.
        boolean mayLackScope = jwt == null && (status == 401 || status == 403) && helix.tokens().knownScopes(key)
                .map(known -> endpoint.scopes().stream().noneMatch(known::contains)).orElse(true);
        Set<Scope> scopes = mayLackScope ? endpoint.scopes() : Set.of();
        return CompletableFuture.failedFuture(HelixException.of(status, endpoint.route(), twitchMessage(response),
                scopes));
    }

    private CompletableFuture<T> decode(Response response) {
        if (endpoint.answersText()) {
            @SuppressWarnings("unchecked") // a text endpoint is an Endpoint<String> (Builder.text)
            T text = (T) response.body();
            return CompletableFuture.completedFuture(text);
        }
        if (endpoint.responseType() == null || response.body().isBlank()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            T value = Json.mapper().readValue(response.body(), endpoint.responseType());
            return CompletableFuture.completedFuture(value);
        } catch (JacksonException e) {
            return CompletableFuture.failedFuture(new HelixException(response.status(), endpoint.route(),
                    "unreadable response: " + e.getOriginalMessage()));
        }
    }

    /** Whether a 401's message says the token itself was refused (expired, revoked, unknown), or says nothing. */
    static boolean tokenRefused(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.startsWith("http 401") || m.contains("invalid oauth token") || m.contains("invalid access token")
                || m.contains("token is missing") || m.contains("token has expired") || m.contains("expired token");
    }

    private int maxRetries() {
        return helix.settings().maxRetries();
    }

    private static String twitchMessage(Response response) {
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            JsonNode message = body == null ? null : body.get("message");
            if (message != null && message.isString() && !message.stringValue().isBlank()) {
                return message.stringValue();
            }
            JsonNode error = body == null ? null : body.get("error");
            if (error != null && error.isString()) {
                return error.stringValue();
            }
        } catch (JacksonException e) {
            // Not JSON: fall through to the status alone.
        }
        return "HTTP " + response.status();
    }
}
