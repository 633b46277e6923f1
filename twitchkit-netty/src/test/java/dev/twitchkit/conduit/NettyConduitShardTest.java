package dev.twitchkit.conduit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.transport.netty.CountingTransport;
import dev.twitchkit.transport.netty.NettyWebSocketTransport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conduit shard ({@link ClientApp}) whose socket is on the Netty transport receives its notifications. */
class NettyConduitShardTest {
    private MockTwitch twitch;
    private NettyWebSocketTransport netty;
    private ClientApp app;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        netty = NettyWebSocketTransport.create();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        netty.close();
        twitch.close();
    }

    @Test
    void aShardOnNettyReceivesEachNotificationOnce() throws Exception {
        CountingTransport transport = new CountingTransport(netty);
        app = ConduitTesting.clientApp(twitch, b -> b.transport(transport));
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        await(app.authorize());
        Conduit conduit = await(app.conduits().create(1));
        await(app.connect(conduit.id(), 0));
        assertThat(app.waitUntilReady(Duration.ofSeconds(5))).isTrue();

        List<String> broadcasters = ConduitTesting.broadcasters(twitch, 3);
        for (String broadcaster : broadcasters) {
            await(app.eventsub().streamOnline(broadcaster));
        }
        received.assertAllDelivered(twitch, ConduitTesting.trigger(twitch, broadcasters));
        assertThat(transport.opened()).isEqualTo(1);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }
}
