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

/** A conduit client's {@code stats()}: the dispatch figures and its shards' sessions, replaced ones included. */
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
        assertThat(stats.delivered()).isEqualTo(2);
        assertThat(app.shard().orElseThrow().delivered()).isEqualTo(2);
    }

    @Test
    void theSessionFiguresOutliveTheMachinesAShardReplaces() {
        Conduit conduit = await(app.conduits().create(1));
        await(app.connect(conduit.id(), 0));
        List<String> broadcasters = ConduitTesting.broadcasters(twitch, 1);
        broadcasters.forEach(b -> await(app.eventsub().streamOnline(b)));
        List<String> sent = ConduitTesting.trigger(twitch, broadcasters);
        ConduitTesting.await("the first delivered", () -> app.stats().delivered() == 1);
        twitch.resend(sent.get(0));
        ConduitTesting.await("the resend dropped", () -> app.stats().duplicatesDropped() == 1);

        String before = app.shard().orElseThrow().sessionId();
        twitch.session(before).dropTcp();
        ConduitTesting.await("a new session associated", () -> app.shard().orElseThrow().sessionId() != null
                && !app.shard().orElseThrow().sessionId().equals(before) && app.shard().orElseThrow().isAssociated());
        ConduitTesting.trigger(twitch, broadcasters);

        ConduitTesting.await("the second delivered", () -> app.stats().delivered() == 2);
        EventSubStats stats = app.stats();
        assertThat(stats.sessionsLost()).isEqualTo(1);
        assertThat(stats.duplicatesDropped()).isEqualTo(1);
    }
}
