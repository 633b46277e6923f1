package dev.twitchkit.micrometer;

import static dev.twitchkit.micrometer.MockClients.awaitValue;
import static dev.twitchkit.micrometer.MockClients.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.webhook.WebhookServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A {@link WebhookClient} the mock calls back, bound to a registry: received, dispatched, Twitch's retries. */
class WebhookMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private MockTwitch twitch;
    private WebhookClient client;
    private TwitchkitMetrics metrics;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().webhookDelivery(1, Duration.ofMillis(20), Duration.ofSeconds(2), 2).start();
        client = WebhookClient.builder(twitch.clientId(), twitch.clientSecret())
                .urls(MockClients.urls(twitch))
                .clock(twitch.clock())
                .tokenMaintenance(false)
                .build();
        metrics = TwitchkitMetrics.bind(client, registry);
    }

    @AfterEach
    void stop() {
        metrics.close();
        client.close();
        twitch.close();
    }

    @Test
    void notificationsAndARetryOfTwitchAreCounted() {
        WebhookServer server = client.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/twitch");
        client.start().join();
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        Subscription sub = client.eventsub(server.localUri()).channelFollow(streamer.id(), streamer.id()).join();
        Awaitility.await("the challenge answered").atMost(Duration.ofSeconds(10)).until(() -> twitch.subscriptions()
                .stream().anyMatch(s -> s.id().equals(sub.id()) && s.status().equals("enabled")));

        List<String> sent = twitch.trigger("channel.follow").to(streamer).repeat(2).send();
        awaitValue("two follows", () -> count(registry, DispatchMeters.DISPATCHED, "type", "channel.follow"), 2);
        assertThat(twitch.resend(sent.get(0))).isTrue();

        awaitValue("the retry dropped", () -> count(registry, StatsMeters.DROPPED, "reason", "duplicate"), 1);
        assertThat(count(registry, StatsMeters.RECEIVED)).isEqualTo(3);
        assertThat(count(registry, HelixMeters.CALLS, "endpoint", "POST /eventsub/subscriptions", "status", "202"))
                .isEqualTo(1);
        assertThat(registry.find(SessionMeters.SESSIONS).gauges()).as("no sockets").isEmpty();
    }
}
