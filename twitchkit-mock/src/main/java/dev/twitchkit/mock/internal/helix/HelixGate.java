package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Route;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.function.Supplier;

/**
 * What every Helix request passes before its route: the token ({@code Authorization: Bearer} and a matching
 * {@code Client-Id}, else 401), one point from the token's rate-limit bucket (else 429), and any failure a test
 * scripted; it records every authenticated request ({@link HelixRequestLog}). Routes that take an extension JWT
 * instead ({@link #handleJwt}) pass {@link ExtensionJwts} and draw from the extension's bucket. Every reply that got as far as the bucket, error or not, carries {@code Ratelimit-Limit},
 * {@code Ratelimit-Remaining} and {@code Ratelimit-Reset}, as Twitch's do.
 */
public final class HelixGate implements Router.HelixFilter {
    private final AuthStore auth;
    private final RateLimits limits;
    private final HelixFaults faults;
    private final HelixRequestLog log;
    private final Supplier<ExtensionJwts> jwts;

    /** {@code jwts} is asked per request, so the world that holds the extensions may be built after the gate. */
    public HelixGate(AuthStore auth, RateLimits limits, HelixFaults faults, HelixRequestLog log,
                     Supplier<ExtensionJwts> jwts) {
        this.auth = auth;
        this.limits = limits;
        this.faults = faults;
        this.log = log;
        this.jwts = jwts;
    }

    @Override
    public HttpReply handle(HttpExchange exchange, Route route) throws Exception {
        AuthStore.Token token = auth.authenticateHelix(exchange.header("authorization").orElse(null),
                exchange.header("client-id").orElse(null));
        log.record(new MockHelixRequest(exchange.method(), helixPath(exchange.path()), exchange.queryMap(),
                exchange.body() == null ? "" : exchange.body(), token.isApp() ? null : token.userId()));
        return limited(exchange, route, RateLimits.bucketOf(token));
    }

    @Override
    public HttpReply handleJwt(HttpExchange exchange, Route route) throws Exception {
        ExtensionJwts.Verified jwt = jwts.get().verify(exchange);
        log.record(new MockHelixRequest(exchange.method(), helixPath(exchange.path()), exchange.queryMap(),
                exchange.body() == null ? "" : exchange.body(), null, jwt.claimValues()));
        return limited(exchange, route, RateLimits.extensionBucket(jwt.extension().id()));
    }

    private HttpReply limited(HttpExchange exchange, Route route, String bucket) throws Exception {
        RateLimits.Decision decision = limits.take(bucket);
        HttpReply reply;
        if (!decision.allowed()) {
            reply = HttpReply.error(429, "Too Many Requests");
        } else {
            reply = answer(exchange, route);
        }
        return reply.withHeader("Ratelimit-Limit", Integer.toString(decision.limit()))
                .withHeader("Ratelimit-Remaining", Integer.toString(decision.remaining()))
                .withHeader("Ratelimit-Reset", Long.toString(decision.resetEpochSecond()));
    }

    /** The path below the Helix base, whichever mount ({@code /helix}, {@code /mock}) it came through. */
    private static String helixPath(String path) {
        for (String prefix : new String[] {"/helix/", "/mock/"}) {
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length() - 1);
            }
        }
        return path;
    }

    private HttpReply answer(HttpExchange exchange, Route route) throws Exception {
        TwitchHttpError scripted = faults.next();
        if (scripted != null) {
            return HttpReply.error(scripted.status(), scripted.getMessage());
        }
        try {
            return route.handle(exchange);
        } catch (TwitchHttpError e) {
            return HttpReply.error(e.status(), e.getMessage());
        }
    }
}
