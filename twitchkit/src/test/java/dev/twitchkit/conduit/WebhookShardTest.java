package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientApp;
import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.webhook.WebhookSecret;
import dev.twitchkit.webhook.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conduit with a WebSocket shard ({@link ClientApp}) and a webhook shard ({@link WebhookClient}). */
class WebhookShardTest {
    private MockTwitch twitch;
    private ClientApp socketShard;
    private WebhookClient webhookShard;
    private WebhookServer server;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        socketShard = ConduitTesting.clientApp(twitch, b -> { });
        webhookShard = WebhookClient.builder(twitch.clientId(), twitch.clientSecret())
                .urls(AppTestSupport.urls(twitch)).helixSettings(AppTestSupport.FAST).tokenMaintenance(false).build();
        server = webhookShard.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/conduit");
        await(webhookShard.start());
    }

    @AfterEach
    void stop() {
        socketShard.close();
        webhookShard.close();
        twitch.close();
    }

    @Test
    void everyEventOfTheConduitArrivesExactlyOnceThroughOneShardOrTheOther() {
        Conduit conduit = await(webhookShard.conduits().create(2));
        await(webhookShard.conduits().webhookShard(conduit.id(), 1, server.localUri(), webhookShard.secret()));
        await(socketShard.start(conduit.id(), List.of(0)));
        MockShard hook = ConduitTesting.shard(twitch, conduit.id(), 1);
        assertThat(hook.method()).isEqualTo("webhook");
        assertThat(hook.enabled()).isTrue();

        Map<String, String> handledBy = new ConcurrentHashMap<>();
        Map<String, Integer> times = new ConcurrentHashMap<>();
        socketShard.on(StreamOnlineEvent.class, n -> {
            handledBy.put(n.messageId(), "websocket");
            times.merge(n.messageId(), 1, Integer::sum);
        });
        webhookShard.on(StreamOnlineEvent.class, n -> {
            handledBy.put(n.messageId(), "webhook");
            times.merge(n.messageId(), 1, Integer::sum);
        });
        List<String> broadcasters = new ArrayList<>(ConduitTesting.broadcastersOf(twitch, 0, 2, 3));
        broadcasters.addAll(ConduitTesting.broadcastersOf(twitch, 1, 2, 3));
        for (String b : broadcasters) {
            await(socketShard.eventsub().streamOnline(b));
        }

        List<String> sent = ConduitTesting.trigger(twitch, broadcasters);

        assertThat(sent).hasSize(6);
        ConduitTesting.await("every event handled", () -> times.keySet().containsAll(sent));
        assertThat(times).containsOnlyKeys(sent).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        assertThat(sent.subList(0, 3)).allSatisfy(id -> assertThat(handledBy.get(id)).isEqualTo("websocket"));
        assertThat(sent.subList(3, 6)).allSatisfy(id -> assertThat(handledBy.get(id)).isEqualTo("webhook"));
        // The mock records a call when its answer arrives, which may be after the handler ran.
        ConduitTesting.await("the webhook answers recorded", () -> twitch.webhookCalls().size() == 3);
        assertThat(twitch.webhookCalls()).allSatisfy(c -> assertThat(c.status()).isEqualTo(204));
    }

    @Test
    void aShardSecretOfAnotherClientIsRefusedAndTheShardFailsAfterRepeatedFailures() {
        Conduit conduit = await(webhookShard.conduits().create(1));
        URI callback = server.localUri();
        await(webhookShard.conduits().webhookShard(conduit.id(), 0, callback, WebhookSecret.generate()));
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        webhookShard.on(StreamOnlineEvent.class, n -> received.add(n.messageId()));
        String broadcaster = ConduitTesting.broadcasters(twitch, 1).get(0);
        await(webhookShard.conduitEventSub(conduit.id()).streamOnline(broadcaster));

        for (int i = 0; i < 3; i++) {
            twitch.trigger("stream.online").broadcaster(broadcaster).send();
        }

        ConduitTesting.await("the shard given up", () -> ConduitTesting.shard(twitch, conduit.id(), 0).status()
                .equals("notification_failures_exceeded"));
        assertThat(twitch.webhookCalls()).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(403));
        assertThat(received).isEmpty();
    }
}
