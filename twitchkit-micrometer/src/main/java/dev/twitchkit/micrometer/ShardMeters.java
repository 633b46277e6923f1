package dev.twitchkit.micrometer;

import dev.twitchkit.ClientApp;
import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.conduit.Shard;
import io.micrometer.core.instrument.Gauge;
import java.util.List;

/**
 * A conduit client's shards: {@code twitchkit.conduit.shards} by status ({@code associated}: Twitch delivers to the
 * shard's session as far as the client knows; {@code unassociated}: running but not delivering), and the sessions
 * gauge over the shards' sessions.
 */
final class ShardMeters {
    static final String SHARDS = "twitchkit.conduit.shards";

    private ShardMeters() {
    }

    /** Gauges over the shards {@code app} runs at each scrape. */
    static void bind(ClientApp app, MeterBinding binding) {
        shards(app, binding, "associated", true);
        shards(app, binding, "unassociated", false);
        SessionMeters.bind(app, a -> shardsOf(a).stream().map(Shard::state).toList(), binding);
    }

    private static void shards(ClientApp app, MeterBinding binding, String status, boolean associated) {
        binding.track(Gauge.builder(SHARDS, app, a -> shardsOf(a).stream()
                        .filter(s -> s.isRunning() && s.isAssociated() == associated).count())
                .description("Conduit shards the client runs, by association status")
                .tags(binding.tags()).tag("status", status)
                .register(binding.registry()));
    }

    /** Every shard of a {@link MultiShardClientApp}, or the one a {@link ClientApp} runs. */
    private static List<Shard> shardsOf(ClientApp app) {
        return app instanceof MultiShardClientApp multi ? multi.shards() : app.shard().stream().toList();
    }
}
