package dev.twitchkit.conduit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.transport.jetty.JettyWebSocketTransport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conduit shard ({@link ClientApp}) on the Jetty transport receives the conduit's notifications once each. */
class JettyConduitShardTest {
    private MockTwitch twitch;
    private JettyWebSocketTransport transport;
    private ClientApp app;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        transport = JettyWebSocketTransport.create();
        app = ConduitTesting.clientApp(twitch, b -> b.transport(transport));
    }

    @AfterEach
    void stop() {
        app.close();
        transport.close();
        twitch.close();
    }

    @Test
    void aShardOnTheJettyTransportReceivesTheConduitsEvents() throws InterruptedException {
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        app.authorize().join();
        Conduit conduit = app.conduits().create(1).join();

        app.connect(conduit.id(), 0).join();

        assertThat(app.waitUntilReady(Duration.ofSeconds(5))).isTrue();
        List<String> broadcasters = ConduitTesting.broadcasters(twitch, 2);
        for (String broadcaster : broadcasters) {
            app.eventsub().streamOnline(broadcaster).join();
        }
        List<String> sent = ConduitTesting.trigger(twitch, broadcasters);
        received.assertAllDelivered(twitch, sent);
    }
}
