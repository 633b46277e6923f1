package dev.twitchkit.micrometer;

import static dev.twitchkit.micrometer.MockClients.awaitValue;
import static dev.twitchkit.micrometer.MockClients.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.conduit.Shard;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A {@link MultiShardClientApp}'s shards as meters: their status, sessions, and a lost shard coming back. */
class ShardMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private MockTwitch twitch;
    private MultiShardClientApp app;
    private TwitchkitMetrics metrics;

    @BeforeEach
    void start() {
        twitch = MockClients.mock();
        app = MockClients.multiShardApp(twitch);
        metrics = TwitchkitMetrics.bind(app, registry);
    }

    @AfterEach
    void stop() {
        metrics.close();
        app.close();
        twitch.close();
    }

    @Test
    void shardsAreGaugedByStatusAndALostShardIsCountedAndComesBack() {
        app.authorize().join();
        Conduit conduit = app.conduits().create(2).join();
        app.connect(conduit.id(), List.of(0, 1)).join();
        assertThat(count(registry, ShardMeters.SHARDS, "status", "associated")).isEqualTo(2);
        assertThat(count(registry, SessionMeters.SESSIONS, "state", "connected")).isEqualTo(2);
        awaitValue("both shards connected", () -> count(registry, LifecycleMeters.SHARD_CONNECTS), 2);

        Shard lost = app.getShard(1).orElseThrow();
        twitch.session(lost.sessionId()).dropTcp();

        awaitValue("the shard lost", () -> count(registry, LifecycleMeters.SHARD_DISCONNECTS), 1);
        awaitValue("the shard back", () -> count(registry, LifecycleMeters.SHARD_CONNECTS), 3);
        awaitValue("both associated again", () -> count(registry, ShardMeters.SHARDS, "status", "associated"), 2);
        assertThat(count(registry, LifecycleMeters.RECONNECTS, "kind", "recreated")).isEqualTo(1);
        assertThat(count(registry, LifecycleMeters.DISCONNECTS, "code", "1006", "cause", "abnormal")).isEqualTo(1);
        // The session figures of the replaced machine stay counted.
        assertThat(count(registry, StatsMeters.SESSIONS_LOST)).isEqualTo(1);
    }
}
