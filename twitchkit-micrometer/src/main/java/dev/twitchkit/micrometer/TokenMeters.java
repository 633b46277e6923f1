package dev.twitchkit.micrometer;

import dev.twitchkit.App;
import dev.twitchkit.auth.TokenListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens' meters: refreshes by outcome, removals, tokens held, and Helix rate-limit points left per token
 * (a gauge per token, added when the token appears and removed with it). The app token is tagged {@code app};
 * a user's token with the user id, never with anything secret.
 */
final class TokenMeters implements TokenListener {
    static final String REFRESHES = "twitchkit.tokens.refreshes";
    static final String REMOVED = "twitchkit.tokens.removed";
    static final String HELD = "twitchkit.tokens.held";
    static final String POINTS = "twitchkit.helix.ratelimit.remaining";

    private final App app;
    private final MeterBinding binding;
    private final Counter refreshed;
    private final Counter refreshFailed;
    private final Counter removed;
    private final Map<String, Gauge> points = new ConcurrentHashMap<>();

    private TokenMeters(App app, MeterBinding binding) {
        this.app = app;
        this.binding = binding;
        this.refreshed = refreshes("success");
        this.refreshFailed = refreshes("failure");
        this.removed = binding.track(Counter.builder(REMOVED)
                .description("Tokens removed: by the application, or rejected by Twitch and not refreshable")
                .tags(binding.tags()).register(binding.registry()));
        binding.track(Gauge.builder(HELD, app, a -> a.tokens().size())
                .description("Tokens the application holds, the app token included")
                .tags(binding.tags()).register(binding.registry()));
    }

    /** Listens to {@code app}'s tokens until the binding closes. */
    static void bind(App app, MeterBinding binding) {
        TokenMeters meters = new TokenMeters(app, binding);
        app.addTokenListener(meters);
        binding.onClose(() -> app.removeTokenListener(meters));
        app.tokens().keySet().forEach(meters::watchPoints);
    }

    private Counter refreshes(String outcome) {
        return binding.track(Counter.builder(REFRESHES)
                .description("Token refreshes this process ran, by outcome")
                .tags(binding.tags()).tag("outcome", outcome)
                .register(binding.registry()));
    }

    @Override
    public void onTokenUpdate(String userId) {
        watchPoints(userId);
    }

    @Override
    public void onTokenRemove(String userId) {
        removed.increment();
        Gauge gauge = points.remove(userId);
        if (gauge != null) {
            binding.remove(gauge);
        }
    }

    @Override
    public void onTokenRefreshed(String userId) {
        refreshed.increment();
    }

    @Override
    public void onTokenRefreshFailed(String userId, Throwable cause) {
        refreshFailed.increment();
    }

    /** The points-left gauge of a token; NaN until its first Helix answer. */
    private void watchPoints(String userId) {
        points.computeIfAbsent(userId, id -> binding.track(Gauge.builder(POINTS, app,
                        a -> a.getTokenQuota(id).stream().mapToDouble(p -> p).findFirst().orElse(Double.NaN))
                .description("Helix rate-limit points left in a token's bucket, as of its last answer")
                .tags(binding.tags()).tag("token", id.equals(app.clientId()) ? "app" : id)
                .register(binding.registry())));
    }
}
