package dev.twitchkit.mock.conduit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.Helix;
import dev.twitchkit.mock.eventsub.WsProbe;
import dev.twitchkit.mock.internal.conduit.ConduitStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConduitTest {
    private MockTwitch twitch;
    private Helix helix;
    private String app;
    private final List<WsProbe> probes = new ArrayList<>();

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().shardAssociationTimeout(Duration.ofSeconds(5))
                .subscriptionTimeout(Duration.ofSeconds(5)).start();
        helix = new Helix(twitch);
        app = twitch.issueAppToken();
    }

    @AfterEach
    void stop() {
        probes.forEach(WsProbe::close);
        twitch.close();
    }

    private WsProbe socket() {
        WsProbe probe = WsProbe.connect(twitch.urls().eventSubWebSocket());
        probes.add(probe);
        return probe;
    }

    private String createConduit(int shards) {
        Helix.Reply r = helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":" + shards + "}");
        assertThat(r.status()).isEqualTo(200);
        return r.body().path("data").get(0).path("id").asString();
    }

    private Helix.Reply assign(String conduit, String shardId, String sessionId) {
        return helix.call("PATCH", "/eventsub/conduits/shards", app, "{\"conduit_id\":\"" + conduit
                + "\",\"shards\":[{\"id\":\"" + shardId + "\",\"transport\":{\"method\":\"websocket\",\"session_id\":\""
                + sessionId + "\"}}]}");
    }

    private String subscribe(String type, String version, String condition, String conduit) {
        Helix.Reply r = helix.call("POST", "/eventsub/subscriptions", app, "{\"type\":\"" + type
                + "\",\"version\":\"" + version + "\",\"condition\":" + condition
                + ",\"transport\":{\"method\":\"conduit\",\"conduit_id\":\"" + conduit + "\"}}");
        assertThat(r.status()).as(r.body().toString()).isEqualTo(202);
        return r.body().path("data").get(0).path("id").asString();
    }

    /** Sockets assigned to shards 0..n-1 of a new conduit. */
    private List<WsProbe> shardSockets(String conduit, int n) {
        List<WsProbe> sockets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WsProbe probe = socket();
            assertThat(assign(conduit, Integer.toString(i), probe.welcomeSessionId()).status()).isEqualTo(202);
            sockets.add(probe);
        }
        return sockets;
    }

    @Test
    void conduitsAreCreatedListedResizedAndDeletedWithTwitchsLimits() {
        Helix.Reply created = helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":3}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode conduit = created.body().path("data").get(0);
        String id = conduit.path("id").asString();
        assertThat(conduit.path("shard_count").asInt()).isEqualTo(3);
        assertThat(helix.call("GET", "/eventsub/conduits", app, null).body().path("data").size()).isEqualTo(1);
        Helix.Reply resized = helix.call("PATCH", "/eventsub/conduits", app, "{\"id\":\"" + id
                + "\",\"shard_count\":5}");
        assertThat(resized.body().path("data").get(0).path("shard_count").asInt()).isEqualTo(5);
        assertThat(twitch.conduits().get(0).shardCount()).isEqualTo(5);

        assertThat(helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":0}").status()).isEqualTo(400);
        assertThat(helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":20001}").status()).isEqualTo(400);
        assertThat(helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":\"two\"}").status()).isEqualTo(400);
        assertThat(helix.call("POST", "/eventsub/conduits", app, "{oops").status()).isEqualTo(400);
        createConduit(20_000);
        for (int i = 0; i < 3; i++) {
            createConduit(1);
        }
        Helix.Reply sixth = helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":1}");
        assertThat(sixth.status()).isEqualTo(429);

        MockUser user = twitch.createUser("user");
        assertThat(helix.call("GET", "/eventsub/conduits", user.accessToken(), null).status()).isEqualTo(401);
        assertThat(helix.call("DELETE", "/eventsub/conduits?id=" + id, app, null).status()).isEqualTo(204);
        assertThat(helix.call("DELETE", "/eventsub/conduits?id=" + id, app, null).status()).isEqualTo(404);
        assertThat(helix.call("PATCH", "/eventsub/conduits", app, "{\"id\":\"" + id + "\",\"shard_count\":2}")
                .status()).isEqualTo(404);
    }

    @Test
    void shardUpdatesReportPartialFailuresAndShardsListWithStatusFilterAndPages() {
        String conduit = createConduit(30);
        WsProbe a = socket();
        String sessionA = a.welcomeSessionId();
        Helix.Reply r = helix.call("PATCH", "/eventsub/conduits/shards", app, "{\"conduit_id\":\"" + conduit
                + "\",\"shards\":[{\"id\":\"0\",\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + sessionA
                + "\"}},{\"id\":\"99\",\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + sessionA
                + "\"}},{\"id\":\"1\",\"transport\":{\"method\":\"websocket\",\"session_id\":\"AQoQdeadAB\"}},"
                + "{\"id\":\"2\",\"transport\":{\"method\":\"webhook\",\"callback\":\"https://example.com/cb\","
                + "\"secret\":\"0123456789abc\"}},{\"id\":\"3\",\"transport\":{\"method\":\"webhook\","
                + "\"callback\":\"https://example.com/cb\",\"secret\":\"short\"}}]}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body().path("data").size()).isEqualTo(2);
        assertThat(r.body().path("data").get(0).path("status").asString()).isEqualTo("enabled");
        assertThat(r.body().path("data").get(0).path("transport").path("session_id").asString()).isEqualTo(sessionA);
        assertThat(r.body().path("errors").size()).isEqualTo(3);
        List<String> failed = new ArrayList<>();
        r.body().path("errors").forEach(e -> failed.add(e.path("id").asString()));
        assertThat(failed).containsExactly("99", "1", "3");

        Helix.Reply enabled = helix.call("GET", "/eventsub/conduits/shards?conduit_id=" + conduit + "&status=enabled",
                app, null);
        assertThat(enabled.body().path("data").size()).isEqualTo(2);
        Helix.Reply page1 = helix.call("GET", "/eventsub/conduits/shards?conduit_id=" + conduit, app, null);
        assertThat(page1.body().path("data").size()).isEqualTo(20);
        Helix.Reply page2 = helix.call("GET", "/eventsub/conduits/shards?conduit_id=" + conduit + "&after="
                + page1.body().path("pagination").path("cursor").asString(), app, null);
        assertThat(page2.body().path("data").size()).isEqualTo(10);
        assertThat(page2.body().path("pagination").has("cursor")).isFalse();
        assertThat(helix.call("GET", "/eventsub/conduits/shards", app, null).status()).isEqualTo(400);
    }

    @Test
    void aSocketNotAssociatedWithAShardInTimeIsClosed4003() {
        twitch.close();
        twitch = MockTwitch.builder().shardAssociationTimeout(Duration.ofMillis(400))
                .subscriptionTimeout(Duration.ofSeconds(30)).start();
        helix = new Helix(twitch);
        app = twitch.issueAppToken();
        String conduit = createConduit(1);
        WsProbe idle = socket();
        idle.welcomeSessionId();
        WsProbe shard = socket();
        assign(conduit, "0", shard.welcomeSessionId());
        assertThat(idle.awaitClose(Duration.ofSeconds(5))).isEqualTo(4003);
        assertThat(shard.closeCode).isNotDone();
    }

    @Test
    void theDocumentedShardHashIsFnv1a32ModuloTheShardCount() {
        // FNV-1a 32-bit test vectors: "" = 0x811c9dc5, "a" = 0xe40c292c, "foobar" = 0xbf9cf968.
        assertThat(ConduitStore.shardIndex("", 1_000_000)).isEqualTo((int) (0x811c9dc5L % 1_000_000));
        assertThat(ConduitStore.shardIndex("a", 1_000_000)).isEqualTo((int) (0xe40c292cL % 1_000_000));
        assertThat(ConduitStore.shardIndex("foobar", 7)).isEqualTo((int) (0xbf9cf968L % 7));
    }

    @Test
    void notificationsGoToTheShardTheBroadcasterHashesTo() {
        String conduit = createConduit(3);
        List<WsProbe> sockets = shardSockets(conduit, 3);
        List<MockUser> streamers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MockUser s = twitch.createUser("s" + i);
            streamers.add(s);
            subscribe("stream.online", "1", "{\"broadcaster_user_id\":\"" + s.id() + "\"}", conduit);
        }
        for (MockUser s : streamers) {
            List<String> ids = twitch.trigger("stream.online").to(s).send();
            assertThat(ids).hasSize(1);
            WsProbe expected = sockets.get(ConduitStore.shardIndex(s.id(), 3));
            JsonNode m = expected.nextOfType("notification");
            assertThat(m.path("metadata").path("message_id").asString()).isEqualTo(ids.get(0));
            JsonNode transport = m.path("payload").path("subscription").path("transport");
            assertThat(transport.path("method").asString()).isEqualTo("conduit");
            assertThat(transport.path("conduit_id").asString()).isEqualTo(conduit);
            assertThat(m.path("payload").path("event").path("broadcaster_user_id").asString()).isEqualTo(s.id());
        }
    }

    @Test
    void aDisabledShardsNotificationIsRetriedOnceOnAnotherShardThenDropped() throws Exception {
        String conduit = createConduit(3);
        List<WsProbe> sockets = shardSockets(conduit, 3);
        MockUser s = twitch.createUser("streamer");
        subscribe("stream.online", "1", "{\"broadcaster_user_id\":\"" + s.id() + "\"}", conduit);
        int home = ConduitStore.shardIndex(s.id(), 3);
        int next = (home + 1) % 3;

        sockets.get(home).close();
        await().atMost(Duration.ofSeconds(5)).until(() -> !twitch.conduits().get(0).shards().get(home).enabled());
        assertThat(twitch.conduits().get(0).shards().get(home).status()).isEqualTo("websocket_disconnected");
        String id = twitch.trigger("stream.online").to(s).send().get(0);
        assertThat(sockets.get(next).nextOfType("notification").path("metadata").path("message_id").asString())
                .isEqualTo(id);

        twitch.setShardStatus(conduit, Integer.toString(next), "websocket_network_error");
        long droppedBefore = twitch.counters().dropped();
        assertThat(twitch.trigger("stream.online").to(s).send()).isEmpty();
        assertThat(twitch.counters().dropped()).isEqualTo(droppedBefore + 1);
        int third = (home + 2) % 3;
        assertThat(sockets.get(third).texts.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aShardGoingDownSendsConduitShardDisabled() {
        String conduit = createConduit(2);
        List<WsProbe> sockets = shardSockets(conduit, 2);
        String sessionOfShard1 = twitch.conduits().get(0).shards().get(1).sessionId();
        subscribe("conduit.shard.disabled", "1", "{\"client_id\":\"" + twitch.clientId() + "\",\"conduit_id\":\""
                + conduit + "\"}", conduit);
        twitch.session(sessionOfShard1).dropTcp();
        JsonNode m = sockets.get(0).nextOfType("notification");
        assertThat(m.path("metadata").path("subscription_type").asString()).isEqualTo("conduit.shard.disabled");
        JsonNode event = m.path("payload").path("event");
        assertThat(event.path("conduit_id").asString()).isEqualTo(conduit);
        assertThat(event.path("shard_id").asString()).isEqualTo("1");
        assertThat(event.path("status").asString()).isEqualTo("websocket_disconnected");
        assertThat(event.path("transport").path("method").asString()).isEqualTo("websocket");
        assertThat(event.path("transport").path("session_id").asString()).isEqualTo(sessionOfShard1);
        assertThat(event.path("transport").path("disconnected_at").asString()).isNotBlank();
    }

    @Test
    void aConduitSubscriptionsRevocationArrivesOnItsShard() {
        String conduit = createConduit(2);
        List<WsProbe> sockets = shardSockets(conduit, 2);
        MockUser s = twitch.createUser("streamer");
        String sub = subscribe("stream.online", "1", "{\"broadcaster_user_id\":\"" + s.id() + "\"}", conduit);
        twitch.revoke(sub, "user_removed");
        JsonNode m = sockets.get(ConduitStore.shardIndex(s.id(), 2)).nextOfType("revocation");
        assertThat(m.path("payload").path("subscription").path("status").asString()).isEqualTo("user_removed");
        assertThat(m.path("payload").path("subscription").path("transport").path("conduit_id").asString())
                .isEqualTo(conduit);
        assertThat(twitch.trigger("stream.online").to(s).send()).isEmpty();
    }

    @Test
    void everyShardStatusCanBeSetAndUnknownOnesAreRefused() {
        String conduit = createConduit(1);
        for (String status : ConduitStore.SHARD_STATUSES) {
            twitch.setShardStatus(conduit, "0", status);
            assertThat(twitch.conduits().get(0).shards().get(0).status()).isEqualTo(status);
        }
        assertThatThrownBy(() -> twitch.setShardStatus(conduit, "0", "sleepy"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twitch.setShardStatus(conduit, "5", "enabled"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConduitWithEveryShardDownFor72HoursIsDeletedWithItsSubscriptions() {
        String down = createConduit(2);
        String up = createConduit(1);
        shardSockets(up, 1);
        MockUser s = twitch.createUser("streamer");
        subscribe("stream.online", "1", "{\"broadcaster_user_id\":\"" + s.id() + "\"}", down);
        subscribe("stream.online", "1", "{\"broadcaster_user_id\":\"" + s.id() + "\"}", up);
        twitch.clock().advance(Duration.ofHours(71));
        assertThat(twitch.conduits()).hasSize(2);
        twitch.clock().advance(Duration.ofHours(1));
        assertThat(twitch.conduits()).extracting(c -> c.id()).containsExactly(up);
        assertThat(twitch.subscriptions()).extracting(x -> x.target()).containsExactly(up);
    }

    @Test
    void conduitSubscriptionsNeedAnAppTokenAndAnExistingConduit() {
        String conduit = createConduit(1);
        MockUser s = twitch.createUser("streamer");
        String body = "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":{\"broadcaster_user_id\":\""
                + s.id() + "\"},\"transport\":{\"method\":\"conduit\",\"conduit_id\":\"" + conduit + "\"}}";
        Helix.Reply user = helix.call("POST", "/eventsub/subscriptions", s.accessToken(), body);
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.message()).isEqualTo("invalid transport and auth combination");
        Helix.Reply missing = helix.call("POST", "/eventsub/subscriptions", app, body.replace(conduit, "nope"));
        assertThat(missing.status()).isEqualTo(400);
        Helix.Reply ok = helix.call("POST", "/eventsub/subscriptions", app, body);
        assertThat(ok.status()).isEqualTo(202);
        assertThat(ok.body().path("max_total_cost").asInt()).isEqualTo(10_000);
        assertThat(ok.body().path("data").get(0).path("transport").path("conduit_id").asString()).isEqualTo(conduit);
    }

    @Test
    void webhookShardsRecordDeliveriesAndBatchedEventsArriveAsAnArray() {
        String conduit = createConduit(1);
        assertThat(helix.call("PATCH", "/eventsub/conduits/shards", app, "{\"conduit_id\":\"" + conduit
                + "\",\"shards\":[{\"id\":\"0\",\"transport\":{\"method\":\"webhook\",\"callback\":"
                + "\"https://example.com/cb\",\"secret\":\"0123456789abc\"}}]}").status()).isEqualTo(202);
        Helix.Reply r = helix.call("POST", "/eventsub/subscriptions", app, "{\"type\":\"drop.entitlement.grant\","
                + "\"version\":\"1\",\"is_batching_enabled\":true,\"condition\":{\"organization_id\":\"55\"},"
                + "\"transport\":{\"method\":\"conduit\",\"conduit_id\":\"" + conduit + "\"}}");
        assertThat(r.status()).as(r.body().toString()).isEqualTo(202);
        List<String> ids = twitch.trigger("drop.entitlement.grant").condition("organization_id", "55").send();
        assertThat(ids).hasSize(1);
        assertThat(twitch.webhookDeliveries()).singleElement().satisfies(d -> {
            assertThat(d.callback()).isEqualTo("https://example.com/cb");
            JsonNode body = WsProbe.JSON.readTree(d.body());
            assertThat(body.path("payload").path("events").isArray()).isTrue();
            assertThat(body.path("payload").path("events").get(0).path("data").path("organization_id").asString())
                    .isEqualTo("55");
        });
    }
}
