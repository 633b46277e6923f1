package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static dev.twitchkit.conduit.ConduitTesting.shard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.ClientApp;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardDisconnectedEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.MockTwitch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ClientApp}: one shard per client, the first free one, kept associated through handovers and losses. */
class ClientAppTest {
    private MockTwitch twitch;
    private ClientApp app;
    private ClientApp other;
    private Conduit conduit;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        app = ConduitTesting.clientApp(twitch, b -> { });
        await(app.authorize());
        conduit = await(app.conduits().create(2));
    }

    @AfterEach
    void stop() {
        app.close();
        if (other != null) {
            other.close();
        }
        twitch.close();
    }

    @Test
    void connectsTheFirstListedShardThatIsFreeAndReceivesItsNotifications() throws Exception {
        List<LifecycleEvent> lifecycle = ConduitTesting.recordLifecycle(app);
        ConduitTesting.Received received = new ConduitTesting.Received(app);

        await(app.connect(conduit.id(), 1, 0));

        assertThat(app.waitUntilReady(Duration.ofSeconds(1))).isTrue();
        Shard shard = app.shard().orElseThrow();
        assertThat(shard.id()).isEqualTo(1);
        assertThat(shard.isAssociated()).isTrue();
        MockShard atTwitch = shard(twitch, conduit.id(), 1);
        assertThat(atTwitch.enabled()).isTrue();
        assertThat(atTwitch.sessionId()).isEqualTo(shard.sessionId());
        ConduitTesting.await("ready and shard events", () -> lifecycle.stream().anyMatch(e -> e instanceof ReadyEvent)
                && lifecycle.stream().anyMatch(e -> e instanceof ShardConnectedEvent c && c.shardId() == 1));

        List<String> broadcasters = ConduitTesting.broadcasters(twitch, 3);
        Subscription sub = await(app.eventsub().streamOnline(broadcasters.get(0)));
        assertThat(sub.sessionId()).isNull();
        assertThat(twitch.subscriptions()).anySatisfy(s -> assertThat(s.id()).isEqualTo(sub.id()));
        await(app.eventsub().streamOnline(broadcasters.get(1)));
        await(app.eventsub().streamOnline(broadcasters.get(2)));
        List<String> sent = ConduitTesting.trigger(twitch, broadcasters);
        received.assertAllDelivered(twitch, sent);
    }

    @Test
    void runAuthorizesRunsTheSetupHookConnectsAndBlocksUntilClosed() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean hookRan = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch returned = new java.util.concurrent.CountDownLatch(1);
        other = new ClientApp(ConduitTesting.clientAppBuilder(twitch, b -> { })) {
            @Override
            protected void setupHook() {
                hookRan.set(getToken(clientId()).isPresent()); // after the app token, before connecting
            }
        };
        Thread runner = new Thread(() -> {
            other.run(conduit.id(), List.of(0));
            returned.countDown();
        });
        runner.start();

        assertThat(other.waitUntilReady(Duration.ofSeconds(5))).isTrue();
        assertThat(hookRan).isTrue();
        assertThat(other.tokens()).containsKey(twitch.clientId());
        assertThat(other.shard().map(Shard::isAssociated)).contains(true);
        assertThat(returned.getCount()).as("run blocks while the client is open").isEqualTo(1);

        other.close();
        assertThat(returned.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(other.isClosed()).isTrue();
        assertThat(other.isReady()).isFalse();
    }

    @Test
    void aStandbyWaitsUntilAShardIsFreeAndTakesIt() {
        await(app.connect(conduit.id(), 0));
        other = ConduitTesting.clientApp(twitch, b -> b.standby(Duration.ofMillis(100)));
        await(other.authorize());

        twitch.clearHelixRequests();
        java.util.concurrent.CompletableFuture<Void> standingBy = other.connect(conduit.id(), 0);
        ConduitTesting.await("the standby asked Twitch for the shards three times", () -> twitch.helixRequests()
                .stream().filter(r -> r.method().equals("GET") && r.path().endsWith("/eventsub/conduits/shards"))
                .count() >= 3);
        assertThat(standingBy).as("shard 0 is held: the standby waits").isNotDone();
        app.close();

        await(standingBy);
        assertThat(other.shard().orElseThrow().id()).isZero();
        assertThat(shard(twitch, conduit.id(), 0).sessionId()).isEqualTo(other.shard().get().sessionId());
    }

    @Test
    void aStandbyClosedWhileWaitingFailsItsConnect() {
        await(app.connect(conduit.id(), 0));
        other = ConduitTesting.clientApp(twitch, b -> b.standby(Duration.ofMillis(100)));
        await(other.authorize());

        java.util.concurrent.CompletableFuture<Void> standingBy = other.connect(conduit.id(), 0);
        other.close();

        assertThat(failure(standingBy)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(shard(twitch, conduit.id(), 0).sessionId()).isEqualTo(app.shard().get().sessionId());
    }

    @Test
    void standbyRefusesANonPositiveInterval() {
        assertThatThrownBy(() -> ClientApp.builder("id", "secret").standby(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollInterval");
    }

    @Test
    void subscribesToShardDisabledOnTheConduit() {
        await(app.connect(conduit.id(), 0));
        ConduitTesting.await("the conduit.shard.disabled subscription", () -> twitch.subscriptions().stream()
                .anyMatch(s -> s.type().equals("conduit.shard.disabled")
                        && conduit.id().equals(s.condition().get("conduit_id"))
                        && twitch.clientId().equals(s.condition().get("client_id"))));
    }

    @Test
    void twoClientsShareAConduitWithoutStealingAndAThirdFindsNoShard() {
        other = ConduitTesting.clientApp(twitch, b -> b.shardCheckInterval(Duration.ofMillis(200)));
        await(other.authorize());
        ConduitTesting.Received received = new ConduitTesting.Received(app, other);

        await(app.connect(conduit.id(), 0, 1));
        await(other.connect(conduit.id(), 0, 1));

        assertThat(app.shard().orElseThrow().id()).isZero();
        assertThat(other.shard().orElseThrow().id()).isEqualTo(1);
        assertThat(shard(twitch, conduit.id(), 0).sessionId()).isEqualTo(app.shard().get().sessionId());
        assertThat(shard(twitch, conduit.id(), 1).sessionId()).isEqualTo(other.shard().get().sessionId());

        try (ClientApp third = ConduitTesting.clientApp(twitch, b -> { })) {
            await(third.authorize());
            Throwable error = failure(third.connect(conduit.id(), 0, 1));
            assertThat(error).isInstanceOf(ShardNotFoundException.class);
            assertThat(((ShardNotFoundException) error).shardIds()).containsExactly(0, 1);
            assertThat(third.shard()).isEmpty();
        }
        // Several safety-net checks later both still hold their shard.
        sleep(600);
        assertThat(shard(twitch, conduit.id(), 0).sessionId()).isEqualTo(app.shard().get().sessionId());
        assertThat(shard(twitch, conduit.id(), 1).sessionId()).isEqualTo(other.shard().get().sessionId());
        assertThat(app.shard().get().associations()).isEqualTo(1);
        assertThat(other.shard().get().associations()).isEqualTo(1);

        List<String> broadcasters = new java.util.ArrayList<>(ConduitTesting.broadcastersOf(twitch, 0, 2, 3));
        broadcasters.addAll(ConduitTesting.broadcastersOf(twitch, 1, 2, 3));
        for (String b : broadcasters) {
            await(app.eventsub().streamOnline(b));
        }
        List<String> sent = ConduitTesting.trigger(twitch, broadcasters);
        received.assertAllDelivered(twitch, sent);
    }

    @Test
    void aClientWhoseShardAnotherTookTakesTheNextFreeOne() {
        Conduit three = await(app.conduits().create(3));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        app.close();
        app = new ClientApp(ConduitTesting.clientAppBuilder(twitch, b -> b.shardCheckInterval(Duration.ofMillis(200)))) {
            @Override
            protected void onError(Throwable error, String context) {
                errors.add(error);
            }
        };
        await(app.authorize());
        other = ConduitTesting.clientApp(twitch, b -> { });
        await(other.authorize());
        await(app.connect(three.id(), 0, 1, 2));
        await(other.connect(three.id(), 0, 1, 2));
        assertThat(app.shard().get().id()).isZero();
        assertThat(other.shard().get().id()).isEqualTo(1);

        // Two processes that picked the same free shard at once: the later association wins at Twitch.
        await(other.identifyShard(three.id(), 0, other.shard().get().sessionId()));

        ConduitTesting.await("the loser moved to shard 2", () -> app.shard().map(s -> s.id() == 2 && s.isAssociated())
                .orElse(false));
        assertThat(shard(twitch, three.id(), 2).sessionId()).isEqualTo(app.shard().get().sessionId());
        assertThat(shard(twitch, three.id(), 0).sessionId()).as("not taken back")
                .isEqualTo(other.shard().get().sessionId());
        ConduitTesting.await("onError told", () -> errors.stream().anyMatch(e -> e instanceof ShardInUseException));
    }

    @Test
    void aLostSessionIsReplacedAndTheShardAssociatedAgainLosingOnlyWhatTwitchDropped() {
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        List<LifecycleEvent> lifecycle = ConduitTesting.recordLifecycle(app);
        await(app.connect(conduit.id(), 0));
        // Shard 1 stays disabled, so notifications of shard 0 have no retry shard: a gap drops them.
        List<String> broadcasters = ConduitTesting.broadcastersOf(twitch, 0, 2, 4);
        for (String b : broadcasters) {
            await(app.eventsub().streamOnline(b));
        }
        Shard shard = app.shard().orElseThrow();
        String first = shard.sessionId();
        List<String> before = ConduitTesting.trigger(twitch, broadcasters);
        received.assertAllDelivered(twitch, before);

        twitch.session(first).dropTcp();
        ConduitTesting.await("the mock saw the shard go down", () -> !shard(twitch, conduit.id(), 0).enabled()
                || !first.equals(shard(twitch, conduit.id(), 0).sessionId()));
        long droppedBefore = twitch.counters().dropped();
        List<String> during = ConduitTesting.trigger(twitch, broadcasters);
        long droppedDuring = twitch.counters().dropped() - droppedBefore;

        ConduitTesting.await("associated with a new session", () -> shard.isAssociated()
                && !first.equals(shard.sessionId()));
        MockShard atTwitch = shard(twitch, conduit.id(), 0);
        assertThat(atTwitch.enabled()).isTrue();
        assertThat(atTwitch.sessionId()).isEqualTo(shard.sessionId());
        assertThat(shard.associations()).isEqualTo(2);
        List<String> after = ConduitTesting.trigger(twitch, broadcasters);

        // The gap: Twitch dropped what it could not send (no enabled shard); everything it did send arrived.
        assertThat(droppedDuring).isGreaterThanOrEqualTo(broadcasters.size() - during.size());
        assertThat(after).hasSize(broadcasters.size());
        List<String> sent = new java.util.ArrayList<>(before);
        sent.addAll(during);
        sent.addAll(after);
        received.assertSentArrivedOnce(sent);
        ConduitTesting.await("disconnect and reconnect events", () -> lifecycle.stream().anyMatch(e ->
                e instanceof ShardDisconnectedEvent d && d.shardId() == 0 && d.willReconnect())
                && lifecycle.stream().filter(e -> e instanceof ShardConnectedEvent).count() == 2);
    }

    @Test
    void aSessionReconnectKeepsTheShardWithoutAnotherAssociation() {
        ConduitTesting.Received received = new ConduitTesting.Received(app);
        List<LifecycleEvent> lifecycle = ConduitTesting.recordLifecycle(app);
        await(app.connect(conduit.id(), 0));
        String broadcaster = ConduitTesting.broadcasters(twitch, 1).get(0);
        await(app.eventsub().streamOnline(broadcaster));
        Shard shard = app.shard().orElseThrow();
        String session = shard.sessionId();

        twitch.session(session).sendReconnect();
        ConduitTesting.await("the handover", () -> lifecycle.stream().anyMatch(e -> e instanceof SessionReconnectedEvent));

        assertThat(shard.sessionId()).isEqualTo(session);
        assertThat(shard.associations()).isEqualTo(1);
        assertThat(lifecycle.stream().filter(e -> e instanceof ShardConnectedEvent)).hasSize(1);
        assertThat(shard(twitch, conduit.id(), 0).sessionId()).isEqualTo(session);
        assertThat(shard(twitch, conduit.id(), 0).enabled()).isTrue();
        received.assertAllDelivered(twitch, ConduitTesting.trigger(twitch, List.of(broadcaster, broadcaster, broadcaster)));
    }

    @Test
    void identifyShardReportsTwitchsPerShardError() {
        Throwable error = failure(app.identifyShard(conduit.id(), 0, "no-such-session"));

        assertThat(error).isInstanceOf(ShardException.class);
        ShardException e = (ShardException) error;
        assertThat(e.shardId()).isZero();
        assertThat(e.code()).isEqualTo("websocket_session_not_found");
        assertThat(e.twitchMessage()).isNotBlank();
        assertThat(failure(app.identifyShard(conduit.id(), 7, "no-such-session")))
                .isInstanceOf(ShardException.class)
                .satisfies(t -> assertThat(((ShardException) t).code()).isEqualTo("invalid_parameter"));
    }

    @Test
    void aShardTwitchRefusesFailsTheConnect() {
        Throwable error = failure(app.connect(conduit.id(), 5));

        assertThat(error).isInstanceOf(ShardException.class);
        assertThat(((ShardException) error).shardId()).isEqualTo(5);
        assertThat(app.shard()).isEmpty();
        assertThat(app.isReady()).isFalse();
    }

    @Test
    void subscriptionsAreCheckedBeforeTwitchIsAsked() {
        await(app.connect(conduit.id(), 0));

        assertThat(failure(app.eventsub().subscribe("stream.online", "1", Map.of())))
                .isInstanceOf(SubscriptionException.class);
        assertThatThrownBy(() -> app.connect(conduit.id(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.connect(conduit.id(), 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.connect(conduit.id(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(failure(app.connect(conduit.id(), 1))).isInstanceOf(IllegalStateException.class);

        String broadcaster = ConduitTesting.broadcasters(twitch, 1).get(0);
        Subscription sub = await(app.eventsub().streamOnline(broadcaster));
        assertThat(await(app.eventsub().streamOnline(broadcaster)).id()).as("a 409 adopts the existing one")
                .isEqualTo(sub.id());
        assertThat(app.eventsub().subscriptions()).extracting(Subscription::id).contains(sub.id());
        await(app.eventsub().unsubscribe(sub));
        assertThat(app.eventsub().subscriptions()).extracting(Subscription::id).doesNotContain(sub.id());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
