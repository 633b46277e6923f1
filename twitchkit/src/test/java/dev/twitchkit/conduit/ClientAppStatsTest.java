package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conduit client's {@code stats()}: the dispatch figures, the per-session ones left to the shards. */
class ClientAppStatsTest {
    private MockTwitch twitch;
    private ClientApp app;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        app = ConduitTesting.clientApp(twitch, b -> { });
        await(app.authorize());
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void statsCountDispatchAndHandlerErrors() {
        AtomicInteger calls = new AtomicInteger();
        app.on(StreamOnlineEvent.class, n -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the first one fails");
            }
        });
        Conduit conduit = await(app.conduits().create(1));
        await(app.connect(conduit.id(), 0));
        List<String> broadcasters = ConduitTesting.broadcasters(twitch, 2);
        broadcasters.forEach(b -> await(app.eventsub().streamOnline(b)));

        ConduitTesting.trigger(twitch, broadcasters);

        ConduitTesting.await("both dispatched", () -> app.stats().dispatched() == 2);
        EventSubStats stats = app.stats();
        assertThat(stats.handlerErrors()).isEqualTo(1);
        assertThat(stats.overflowDropped()).isZero();
        assertThat(stats.delivered()).as("per shard: Shard.delivered()").isZero();
        assertThat(app.shard().orElseThrow().delivered()).isEqualTo(2);
    }
}
