package dev.twitchkit.micrometer;

import static dev.twitchkit.micrometer.MockClients.awaitValue;
import static dev.twitchkit.micrometer.MockClients.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Prometheus scrape of running clients against the mock names the meters, with their tags. */
class PrometheusScrapeTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private MockTwitch twitch;
    private TwitchkitMetrics metrics;

    @BeforeEach
    void start() {
        twitch = MockClients.mock();
    }

    @AfterEach
    void stop() {
        if (metrics != null) {
            metrics.close();
        }
        registry.close();
        twitch.close();
    }

    @Test
    void aUserClientsScrapeNamesEveryMeter() {
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        try (ClientUser bot = MockClients.user(twitch)) {
            metrics = TwitchkitMetrics.bind(bot, registry);
            bot.start(streamer.accessToken(), streamer.refreshToken()).join();
            bot.eventsub().channelFollow(streamer.id()).join();
            twitch.trigger("channel.follow").to(streamer).send();
            bot.user().users().me().join();
            twitch.latestSession().orElseThrow().dropTcp();
            awaitValue("the new session", () -> count(registry, LifecycleMeters.RECONNECTS, "kind", "recreated"), 1);
            awaitValue("the follow", () -> count(registry, DispatchMeters.DISPATCHED, "type", "channel.follow"), 1);

            String scrape = registry.scrape();

            assertThat(scrape).contains(
                    "twitchkit_eventsub_notifications_received_total 1.0",
                    "twitchkit_eventsub_notifications_dispatched_total{type=\"channel.follow\"} 1.0",
                    "twitchkit_eventsub_notifications_dropped_total{reason=\"duplicate\"} 0.0",
                    "twitchkit_eventsub_dispatch_lag_seconds_count 1",
                    "twitchkit_eventsub_dispatch_backlog 0.0",
                    "twitchkit_eventsub_sessions{state=\"connected\"}",
                    "twitchkit_eventsub_disconnects_total{cause=\"abnormal\",code=\"1006\"} 1.0",
                    "twitchkit_eventsub_reconnects_total{kind=\"recreated\"} 1.0",
                    "twitchkit_eventsub_sessions_lost_total 1.0",
                    "twitchkit_eventsub_subscriptions_active 1.0",
                    "twitchkit_eventsub_subscription_changes_total{change=\"created\",status=\"enabled\"}",
                    "twitchkit_helix_calls_seconds_count{endpoint=\"GET /users\",status=\"200\"} 1",
                    "twitchkit_helix_ratelimit_remaining{token=\"" + streamer.id() + "\"}",
                    "twitchkit_tokens_held 2.0",
                    "twitchkit_tokens_refreshes_total{outcome=\"success\"} 0.0");
        }
    }

    @Test
    void aConduitClientsScrapeNamesItsShards() {
        try (ClientApp app = MockClients.conduitApp(twitch)) {
            metrics = TwitchkitMetrics.bind(app, registry);
            app.authorize().join();
            Conduit conduit = app.conduits().adoptOrCreate(1).join();
            app.connect(conduit.id(), List.of(0)).join();
            MockUser broadcaster = twitch.createUser("broadcaster");
            app.eventsub().streamOnline(broadcaster.id()).join();
            twitch.trigger("stream.online").broadcaster(broadcaster.id()).send();
            awaitValue("the shard connected", () -> count(registry, LifecycleMeters.SHARD_CONNECTS), 1);
            awaitValue("the event", () -> count(registry, DispatchMeters.DISPATCHED, "type", "stream.online"), 1);

            String scrape = registry.scrape();

            assertThat(scrape).contains(
                    "twitchkit_conduit_shards{status=\"associated\"} 1.0",
                    "twitchkit_conduit_shards{status=\"unassociated\"} 0.0",
                    "twitchkit_conduit_shard_connects_total 1.0",
                    "twitchkit_eventsub_sessions{state=\"connected\"} 1.0",
                    "twitchkit_eventsub_notifications_dispatched_total{type=\"stream.online\"} 1.0",
                    "twitchkit_eventsub_notifications_dropped_total{reason=\"overflow\"} 0.0",
                    "twitchkit_eventsub_handler_errors_total 0.0",
                    "twitchkit_helix_ratelimit_remaining{token=\"app\"}",
                    "twitchkit_helix_calls_seconds_count{endpoint=\"POST /eventsub/conduits\",status=\"200\"} 1");
        }
    }
}
