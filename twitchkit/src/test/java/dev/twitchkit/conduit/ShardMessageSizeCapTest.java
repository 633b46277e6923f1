package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.conduit.ConduitTesting.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.ShardDisconnectedEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code maxMessageSize} on a conduit shard: a message past it is a loss, and the shard is associated again. */
class ShardMessageSizeCapTest {
    private static final int CAP = 64 * 1024;

    private MockTwitch twitch;
    private ClientApp app;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        app = ConduitTesting.clientApp(twitch, b -> b.maxMessageSize(CAP));
        await(app.authorize());
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void aMessagePastTheCapIsALossAndTheShardIsAssociatedWithANewSession() {
        Conduit conduit = await(app.conduits().create(1));
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        List<LifecycleEvent> lifecycle = ConduitTesting.recordLifecycle(app);
        await(app.connect(conduit.id(), 0));
        List<String> broadcasters = ConduitTesting.broadcasters(twitch, 1);
        await(app.eventsub().streamOnline(broadcasters.get(0)));
        Shard shard = app.shard().orElseThrow();
        String first = shard.sessionId();

        twitch.session(first).sendRaw("{\"padding\":\"" + "p".repeat(CAP) + "\"}");

        ConduitTesting.await("associated with a new session", () -> shard.isAssociated()
                && !first.equals(shard.sessionId()) && shard(twitch, conduit.id(), 0).enabled()
                && shard.sessionId().equals(shard(twitch, conduit.id(), 0).sessionId()));
        assertThat(lifecycle).anyMatch(e -> e instanceof ShardDisconnectedEvent d && d.shardId() == 0
                && d.willReconnect() && d.reason().contains("longer than " + CAP + " characters"));
        // (Not assertAllDelivered: the mock counts the conduit.shard.disabled it had no enabled shard for.)
        List<String> sent = ConduitTesting.trigger(twitch, broadcasters);
        assertThat(sent).hasSize(1);
        received.assertSentArrivedOnce(sent);
    }
}
