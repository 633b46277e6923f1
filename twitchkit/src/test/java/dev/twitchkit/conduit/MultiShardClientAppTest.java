package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static dev.twitchkit.conduit.ConduitTesting.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.ShardDisconnectedEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.MockTwitch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link MultiShardClientApp}: many shards in one client, routed, repaired, resized and shared with others. */
class MultiShardClientAppTest {
    private static final int SHARDS = 4;

    private MockTwitch twitch;
    private MultiShardClientApp app;
    private MultiShardClientApp other;
    private Conduit conduit;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        app = ConduitTesting.multi(twitch, b -> { });
        await(app.authorize());
        conduit = await(app.conduits().create(SHARDS));
    }

    @AfterEach
    void stop() {
        app.close();
        if (other != null) {
            other.close();
        }
        twitch.close();
    }

    private List<Integer> all() {
        return IntStream.range(0, SHARDS).boxed().toList();
    }

    /** Two broadcasters routed to each shard, shard 0's first. */
    private List<String> twoBroadcastersPerShard() {
        List<String> broadcasters = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            broadcasters.addAll(ConduitTesting.broadcastersOf(twitch, i, SHARDS, 2));
        }
        return broadcasters;
    }

    /** Subscribes {@code stream.online} for each broadcaster. */
    private void subscribe(List<String> broadcasters) {
        for (String b : broadcasters) {
            await(app.eventsub().streamOnline(b));
        }
    }

    @Test
    void everyShardIsAssociatedAndNotificationsArriveOnTheShardTheyAreRoutedTo() {
        await(app.connect(conduit.id(), all()));

        assertThat(app.shards()).extracting(Shard::id).containsExactly(0, 1, 2, 3);
        for (Shard s : app.shards()) {
            assertThat(s.isAssociated()).isTrue();
            assertThat(shard(twitch, conduit.id(), s.id()).sessionId()).isEqualTo(s.sessionId());
        }
        assertThat(app.shards()).extracting(Shard::sessionId).doesNotHaveDuplicates();
        assertThat(app.getShard(2)).isPresent();
        assertThat(app.getShard(9)).isEmpty();

        for (int target = 0; target < SHARDS; target++) {
            List<String> broadcasters = ConduitTesting.broadcastersOf(twitch, target, SHARDS, 3);
            subscribe(broadcasters);
            long[] before = app.shards().stream().mapToLong(Shard::delivered).toArray();
            ConduitTesting.Received received = new ConduitTesting.Received(app);
            received.assertAllDelivered(twitch, ConduitTesting.trigger(twitch, broadcasters));
            for (Shard s : app.shards()) {
                long got = s.delivered() - before[s.id()];
                assertThat(got).as("notifications on shard %d for shard %d's broadcasters", s.id(), target)
                        .isEqualTo(s.id() == target ? 3 : 0);
            }
        }
    }

    @Test
    void aShardWhoseSocketDropsIsAssociatedAgainAndNothingIsLost() {
        await(app.connect(conduit.id(), all()));
        List<String> broadcasters = twoBroadcastersPerShard();
        subscribe(broadcasters);
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        Shard victim = app.getShard(2).orElseThrow();
        String lost = victim.sessionId();

        List<String> sent = new ArrayList<>(ConduitTesting.trigger(twitch, broadcasters));
        received.assertAllDelivered(twitch, sent); // frames still on the wire would die with the connection
        twitch.session(lost).dropTcp();
        // Once Twitch knows shard 2 is down, its notifications go to the retry shard; nothing is dropped. (Frames
        // written into the connection as it broke would be lost on the wire, so none are sent in that instant.)
        ConduitTesting.await("the mock saw the drop", () -> !twitch.session(lost).connected());
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));
        ConduitTesting.await("shard 2 on a new session", () -> victim.isAssociated() && !lost.equals(victim.sessionId()));
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));

        received.assertAllDelivered(twitch, sent);
        MockShard atTwitch = shard(twitch, conduit.id(), 2);
        assertThat(atTwitch.enabled()).isTrue();
        assertThat(atTwitch.sessionId()).isEqualTo(victim.sessionId());
        assertThat(app.shards()).filteredOn(s -> s.id() != 2).allMatch(s -> s.associations() == 1);
    }

    @Test
    void conduitShardDisabledMakesTheClientAssociateTheShardAgainAtOnce() {
        List<LifecycleEvent> lifecycle = ConduitTesting.recordLifecycle(app);
        await(app.connect(conduit.id(), all()));
        ConduitTesting.await("the conduit.shard.disabled subscription", () -> twitch.subscriptions().stream()
                .anyMatch(s -> s.type().equals("conduit.shard.disabled")));
        Shard shard = app.getShard(1).orElseThrow();
        String session = shard.sessionId();

        // The session is still up but Twitch disabled the shard (e.g. a failed ping-pong on its side).
        twitch.setShardStatus(conduit.id(), "1", "websocket_failed_ping_pong");

        // The safety-net timer is 60 s here: only the event can explain a repair within seconds.
        ConduitTesting.await("shard 1 enabled again", () -> shard(twitch, conduit.id(), 1).enabled());
        assertThat(shard(twitch, conduit.id(), 1).sessionId()).isEqualTo(session);
        ConduitTesting.await("a second association", () -> shard.associations() == 2);
        ConduitTesting.await("the disconnect event", () -> lifecycle.stream().anyMatch(e ->
                e instanceof ShardDisconnectedEvent d && d.reason().contains("websocket_failed_ping_pong")));
    }

    @Test
    void theSafetyNetRepairsAShardWhenNoEventCame() {
        try (MultiShardClientApp quiet = ConduitTesting.multi(twitch, b -> b.watchShardDisabled(false)
                .shardCheckInterval(Duration.ofMillis(200)))) {
            await(quiet.authorize());
            await(quiet.connect(conduit.id(), all()));
            assertThat(twitch.subscriptions()).noneMatch(s -> s.type().equals("conduit.shard.disabled"));

            twitch.setShardStatus(conduit.id(), "3", "websocket_internal_error");

            ConduitTesting.await("shard 3 enabled again by the timer", () -> shard(twitch, conduit.id(), 3).enabled());
            assertThat(shard(twitch, conduit.id(), 3).sessionId()).isEqualTo(quiet.getShard(3).get().sessionId());
        }
    }

    @Test
    void resizingUpAndDownKeepsEveryNotificationDelivered() {
        await(app.connect(conduit.id(), all()));
        List<String> broadcasters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            broadcasters.addAll(ConduitTesting.broadcastersOf(twitch, i, 6, 2));
        }
        subscribe(broadcasters);
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        List<String> sent = new ArrayList<>(ConduitTesting.trigger(twitch, broadcasters));

        Conduit grown = await(app.resize(6));
        assertThat(grown.shardCount()).isEqualTo(6);
        assertThat(app.shards()).extracting(Shard::id).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(app.shards()).allMatch(Shard::isAssociated);
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));

        Conduit shrunk = await(app.resize(3));
        assertThat(shrunk.shardCount()).isEqualTo(3);
        assertThat(app.shards()).extracting(Shard::id).containsExactly(0, 1, 2);
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));

        String lastSession = app.getShard(2).get().sessionId();
        Conduit removed = await(app.removeShard(0));
        assertThat(removed.shardCount()).isEqualTo(2);
        assertThat(app.shards()).extracting(Shard::id).containsExactly(0, 1);
        assertThat(app.getShard(0).get().sessionId()).as("the last shard's session moved into shard 0")
                .isEqualTo(lastSession);
        assertThat(shard(twitch, conduit.id(), 0).sessionId()).isEqualTo(lastSession);
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));

        received.assertAllDelivered(twitch, sent);
    }

    @Test
    void aRollingReconnectMovesEveryShardWithoutDroppingAnything() throws Exception {
        await(app.connect(conduit.id(), all()));
        List<String> broadcasters = twoBroadcastersPerShard();
        subscribe(broadcasters);
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        List<String> before = app.shards().stream().map(Shard::sessionId).toList();
        List<String> sent = new CopyOnWriteArrayList<>();

        var rolling = app.rollingReconnect();
        while (!rolling.isDone()) {
            sent.addAll(ConduitTesting.trigger(twitch, broadcasters));
            // A steady stream, not a flood: unthrottled, a loaded machine piles up thousands of events in the
            // mock's slow-client buffers, which is not what this test is about.
            sleep(5);
        }
        await(rolling);
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));

        received.assertAllDelivered(twitch, sent);
        // Twitch resends at least once, now to the shards' new sessions: still handled once.
        sent.subList(0, 4).forEach(twitch::resend);
        // One more event per broadcaster, so per shard, behind the resends: once they are handled, the resends
        // (sent before them on the same sockets) have been too.
        sent.addAll(ConduitTesting.trigger(twitch, broadcasters));
        received.assertAllDelivered(twitch, sent);
        assertThat(received.timesHandled()).as("resends on new sessions dropped").allMatch(n -> n == 1);
        for (Shard s : app.shards()) {
            assertThat(s.sessionId()).isNotIn(before);
            assertThat(s.associations()).isEqualTo(2);
            assertThat(shard(twitch, conduit.id(), s.id()).sessionId()).isEqualTo(s.sessionId());
        }
    }

    @Test
    void anotherClientDoesNotStealAShardUnlessToldToAndTheLoserGivesItUp() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        app.close();
        app = new ErrorRecordingApp(ConduitTesting.multiBuilder(twitch, b -> b.shardCheckInterval(
                Duration.ofMillis(200))), errors);
        List<LifecycleEvent> lifecycle = ConduitTesting.recordLifecycle(app);
        await(app.authorize());
        await(app.connect(conduit.id(), List.of(0, 1)));

        other = ConduitTesting.multi(twitch, b -> { });
        await(other.authorize());
        Throwable refused = failure(other.launchShards(conduit.id(), List.of(1, 2)));
        assertThat(refused).isInstanceOf(ShardInUseException.class);
        assertThat(((ShardInUseException) refused).shardId()).isEqualTo(1);
        assertThat(((ShardInUseException) refused).holderSessionId()).isEqualTo(app.getShard(1).get().sessionId());
        ConduitTesting.await("shard 2 launched anyway", () -> other.getShard(2).map(Shard::isAssociated)
                .orElse(false));
        assertThat(other.getShard(1)).isEmpty();
        assertThat(shard(twitch, conduit.id(), 1).sessionId()).isEqualTo(app.getShard(1).get().sessionId());

        try (MultiShardClientApp taker = ConduitTesting.multi(twitch, b -> b.takeOver(true))) {
            await(taker.authorize());
            Shard taken = await(taker.launchShard(conduit.id(), 1));
            assertThat(shard(twitch, conduit.id(), 1).sessionId()).isEqualTo(taken.sessionId());

            ConduitTesting.await("the loser gave shard 1 up", () -> app.getShard(1).isEmpty());
            assertThat(shard(twitch, conduit.id(), 1).sessionId()).as("and did not take it back")
                    .isEqualTo(taken.sessionId());
            ConduitTesting.await("onError told", () -> errors.stream().anyMatch(e -> e instanceof ShardInUseException));
            ConduitTesting.await("a final disconnect event", () -> lifecycle.stream().anyMatch(e ->
                    e instanceof ShardDisconnectedEvent d && d.shardId() == 1 && !d.willReconnect()));
            assertThat(app.getShard(0).map(Shard::state)).contains(SessionState.CONNECTED);
        }
    }

    @Test
    void aShardNotAssociatedInTimeFailsItsLaunchAndStops() {
        try (MultiShardClientApp slow = ConduitTesting.multi(twitch, b -> b.shardConnectTimeout(Duration.ofMillis(1))
                .associationLinger(Duration.ofMillis(500)))) {
            await(slow.authorize());
            Throwable error = failure(slow.launchShard(conduit.id(), 0));
            assertThat(error).isInstanceOf(java.util.concurrent.TimeoutException.class)
                    .hasMessageContaining("shard 0");
            ConduitTesting.await("the shard is gone", () -> slow.shards().isEmpty());
        }
    }

    @Test
    void launchedShardsShareTheirAssociationRequests() {
        Conduit big = await(app.conduits().create(150));
        int before = app.getTokenQuota(twitch.clientId()).orElseThrow();

        // A linger long enough for 150 welcomes on a loaded machine: the batching, not the machine's speed, is tested.
        try (MultiShardClientApp many = ConduitTesting.multi(twitch, b -> b.associationLinger(Duration.ofSeconds(2)))) {
            await(many.authorize());
            int start = many.getTokenQuota(twitch.clientId()).orElse(before);
            await(many.connect(big.id(), IntStream.range(0, 150).boxed().toList()));

            assertThat(many.shards()).hasSize(150).allMatch(Shard::isAssociated);
            int used = start - many.getTokenQuota(twitch.clientId()).orElseThrow();
            // One status page, a request per 100 shards (plus stragglers of the linger), the disabled subscription.
            assertThat(used).as("Helix points for 150 shards").isLessThan(20);
        }
    }

    @Test
    void theThreadCountDoesNotGrowWithTheShards() {
        await(app.connect(conduit.id(), all()));
        long withFour = libraryThreads();

        await(app.resize(24));

        assertThat(app.shards()).hasSize(24).allMatch(Shard::isAssociated);
        // Pool threads start lazily, so a couple may appear; one per shard would be twenty more.
        assertThat(libraryThreads()).isLessThanOrEqualTo(withFour + 2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Threads of the library and of its HTTP client (the mock's are named otherwise). */
    private static long libraryThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith("twitchkit-") || n.startsWith("HttpClient-")).count();
    }

    /** Keeps what {@code onError} is given. */
    private static final class ErrorRecordingApp extends MultiShardClientApp {
        private final List<Throwable> errors;

        ErrorRecordingApp(MultiShardClientApp.Builder builder, List<Throwable> errors) {
            super(builder);
            this.errors = errors;
        }

        @Override
        protected void onError(Throwable error, String context) {
            errors.add(error);
        }
    }
}
