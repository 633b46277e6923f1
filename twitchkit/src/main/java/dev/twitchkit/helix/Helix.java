package dev.twitchkit.helix;

import dev.twitchkit.auth.TokenSource;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.http.Query;
import dev.twitchkit.internal.http.RateLimiter;
import dev.twitchkit.internal.http.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.InstantSource;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Helix layer of one application: base URL, client id, HTTP client, one rate-limit bucket per token, and
 * the retry policy. {@link #api(String)} gives the endpoint groups bound to one token. A call runs
 * endpoint declaration → rate limiter → transport, with the retries described in {@link HelixSettings}.
 */
public final class Helix {
    private static final Logger log = LoggerFactory.getLogger(Helix.class);

    private final String clientId;
    private final URI base;
    private final Transport transport;
    private final InstantSource clock;
    private final TokenSource tokens;
    private final HelixSettings settings;
    private final RateLimiter limiter;
    private final List<HelixListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param clientId sent as {@code Client-Id}
     * @param base the Helix base, e.g. {@code https://api.twitch.tv/helix}
     * @param http the HTTP client
     * @param clock the clock {@code Ratelimit-Reset} is compared with
     * @param tokens where access tokens come from, and who refreshes them after a 401
     * @param settings retries and waits
     */
    public Helix(String clientId, URI base, HttpClient http, InstantSource clock, TokenSource tokens,
                 HelixSettings settings) {
        this.clientId = Checks.notBlank(clientId, "clientId");
        this.base = Checks.notNull(base, "base");
        this.clock = Checks.notNull(clock, "clock");
        this.tokens = Checks.notNull(tokens, "tokens");
        this.settings = Checks.notNull(settings, "settings");
        this.transport = new Transport(Checks.notNull(http, "http"), settings.requestTimeout());
        this.limiter = new RateLimiter(clock);
    }

    /** The endpoint groups bound to the token of {@code key} (a user id, or the client id for the app token). */
    public HelixApi api(String key) {
        return new HelixApi(this, Checks.notBlank(key, "key"));
    }

    /** Remaining points of a token's bucket as of its last response; empty before any. */
    public OptionalInt remainingPoints(String key) {
        return limiter.remaining(key);
    }

    /** Forgets a token's bucket, after the token was removed. */
    public void forget(String key) {
        limiter.remove(key);
    }

    /** Tells {@code listener} of every call from now on (e.g. a metrics binding). */
    public void addListener(HelixListener listener) {
        listeners.add(Checks.notNull(listener, "listener"));
    }

    /** Stops telling {@code listener}. */
    public void removeListener(HelixListener listener) {
        listeners.remove(listener);
    }

    /** Runs one call of {@code endpoint} with {@code key}'s token. {@code body} is serialised as JSON. */
    <T> CompletableFuture<T> call(String key, Endpoint<T> endpoint, Query query, Object body) {
        return new HelixCall<>(this, key, null, endpoint, query, body).run();
    }

    /** Runs one call of {@code endpoint} with a JWT signed by {@code jwt} instead of an OAuth token. */
    <T> CompletableFuture<T> callWithJwt(JwtCredentials jwt, Endpoint<T> endpoint, Query query, Object body) {
        return new HelixCall<>(this, "extension:" + jwt.clientId(), jwt, endpoint, query, body).run();
    }

    /** Whether any listener waits for calls, so a call without one measures nothing. */
    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /** Tells the listeners of a finished call; one that throws is logged, the others still hear of it. */
    void callFinished(String route, int status, Duration duration) {
        for (HelixListener listener : listeners) {
            try {
                listener.onCall(route, status, duration);
            } catch (RuntimeException e) {
                log.warn("Helix listener failed for {}: {}", route, e.toString());
            }
        }
    }

    /** Whether {@code key} names the app token (the client id) rather than a user's. */
    boolean isAppKey(String key) {
        return clientId.equals(key);
    }

    String clientId() {
        return clientId;
    }

    URI base() {
        return base;
    }

    Transport transport() {
        return transport;
    }

    InstantSource clock() {
        return clock;
    }

    TokenSource tokens() {
        return tokens;
    }

    HelixSettings settings() {
        return settings;
    }

    RateLimiter limiter() {
        return limiter;
    }

    @Override
    public String toString() {
        return "Helix[clientId=" + clientId + ", base=" + base + "]";
    }
}
