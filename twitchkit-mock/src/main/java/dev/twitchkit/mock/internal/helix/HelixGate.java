package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Route;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;

/**
 * What every Helix request passes before its route: the token ({@code Authorization: Bearer} and a matching
 * {@code Client-Id}, else 401), one point from the token's rate-limit bucket (else 429), and any failure a test
 * scripted. Every reply that got as far as the bucket, error or not, carries {@code Ratelimit-Limit},
 * {@code Ratelimit-Remaining} and {@code Ratelimit-Reset}, as Twitch's do.
 */
public final class HelixGate implements Router.HelixFilter {
    private final AuthStore auth;
    private final RateLimits limits;
    private final HelixFaults faults;

    public HelixGate(AuthStore auth, RateLimits limits, HelixFaults faults) {
        this.auth = auth;
        this.limits = limits;
        this.faults = faults;
    }

    @Override
    public HttpReply handle(HttpExchange exchange, Route route) throws Exception {
        AuthStore.Token token = auth.authenticateHelix(exchange.header("authorization").orElse(null),
                exchange.header("client-id").orElse(null));
        RateLimits.Decision decision = limits.take(RateLimits.bucketOf(token));
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
