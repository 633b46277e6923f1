package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.SubscriptionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionRoutesTest {
    private MockTwitch twitch;
    private Helix helix;
    private final List<WsProbe> probes = new ArrayList<>();

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().requireSubscription(false).start();
        helix = new Helix(twitch);
    }

    @AfterEach
    void stop() {
        probes.forEach(WsProbe::close);
        twitch.close();
    }

    private String newSession() {
        WsProbe probe = WsProbe.connect(twitch.urls().eventSubWebSocket());
        probes.add(probe);
        return probe.welcomeSessionId();
    }

    private static String broadcaster(MockUser user) {
        return "{\"broadcaster_user_id\":\"" + user.id() + "\"}";
    }

    @Test
    void createAnswers202WithTheSubscriptionAndTotals() {
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        String session = newSession();
        Helix.Reply r = helix.subscribe(streamer.accessToken(), "channel.follow", "2",
                "{\"broadcaster_user_id\":\"" + streamer.id() + "\",\"moderator_user_id\":\"" + streamer.id() + "\"}",
                session);
        assertThat(r.status()).isEqualTo(202);
        JsonNode sub = r.body().path("data").get(0);
        assertThat(sub.path("id").asString()).isNotBlank();
        assertThat(sub.path("status").asString()).isEqualTo("enabled");
        assertThat(sub.path("type").asString()).isEqualTo("channel.follow");
        assertThat(sub.path("version").asString()).isEqualTo("2");
        assertThat(sub.path("cost").asInt()).isZero();
        assertThat(sub.path("condition").path("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(sub.path("transport").path("method").asString()).isEqualTo("websocket");
        assertThat(sub.path("transport").path("session_id").asString()).isEqualTo(session);
        assertThat(Instant.parse(sub.path("transport").path("connected_at").asString())).isNotNull();
        assertThat(Instant.parse(sub.path("created_at").asString())).isNotNull();
        assertThat(r.body().path("total").asInt()).isEqualTo(1);
        assertThat(r.body().path("total_cost").asInt()).isZero();
        assertThat(r.body().path("max_total_cost").asInt()).isEqualTo(10);

        SubscriptionRequest recorded = twitch.takeSubscriptionRequest();
        assertThat(recorded.type()).isEqualTo("channel.follow");
        assertThat(recorded.version()).isEqualTo("2");
        assertThat(recorded.condition()).containsEntry("moderator_user_id", streamer.id());
        assertThat(recorded.transport()).containsEntry("session_id", session);
        assertThat(recorded.userId()).isEqualTo(streamer.id());
        assertThat(recorded.status()).isEqualTo(202);
        assertThat(recorded.subscriptionId()).isEqualTo(sub.path("id").asString());
    }

    @Test
    void refusedRequestsAreRecordedTooAndTakeTimesOut() {
        MockUser streamer = twitch.createUser("streamer");
        helix.subscribe(streamer.accessToken(), "no.such.type", "1", "{}", newSession());
        assertThat(twitch.takeSubscriptionRequest().status()).isEqualTo(400);
        assertThatThrownBy(() -> twitch.takeSubscriptionRequest(Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badCredentialsGet401() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        String body = "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":" + broadcaster(streamer)
                + ",\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + session + "\"}}";
        assertThat(helix.call("POST", "/eventsub/subscriptions", null, body).status()).isEqualTo(401);
        assertThat(helix.call("POST", "/eventsub/subscriptions", "nonsense", body).status()).isEqualTo(401);
        Helix.Reply wrongClient = helix.call("POST", "/eventsub/subscriptions", streamer.accessToken(), "other", body);
        assertThat(wrongClient.status()).isEqualTo(401);
        assertThat(wrongClient.message()).isEqualTo("Client ID and OAuth token do not match");
        assertThat(wrongClient.body().path("error").asString()).isEqualTo("Unauthorized");
    }

    @Test
    void badBodiesGet400() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        String token = streamer.accessToken();
        assertThat(helix.call("POST", "/eventsub/subscriptions", token, "{not json").status()).isEqualTo(400);
        assertThat(helix.call("POST", "/eventsub/subscriptions", token, "").status()).isEqualTo(400);
        assertThat(helix.call("POST", "/eventsub/subscriptions", token, "[1,2]").status()).isEqualTo(400);
        assertThat(helix.subscribe(token, "stream.online", "7", broadcaster(streamer), session).message())
                .contains("type and version");
        assertThat(helix.subscribe(token, "channel.follow", "1", broadcaster(streamer), session).status())
                .as("removed version").isEqualTo(400);
        assertThat(helix.subscribe(token, "stream.online", "1", "{}", session).message())
                .contains("missing broadcaster_user_id");
        assertThat(helix.subscribe(token, "stream.online", "1",
                "{\"broadcaster_user_id\":\"" + streamer.id() + "\",\"extra\":\"1\"}", session).message())
                .contains("unknown field extra");
        assertThat(helix.subscribe(token, "stream.online", "1", "{\"broadcaster_user_id\":\"999\"}", session)
                .message()).contains("not a user");
        assertThat(helix.subscribe(token, "channel.raid", "1", "{\"from_broadcaster_user_id\":\"" + streamer.id()
                + "\",\"to_broadcaster_user_id\":\"" + streamer.id() + "\"}", session).message())
                .contains("exactly one of");
        assertThat(helix.subscribe(token, "stream.online", "1", "{\"broadcaster_user_id\":7}", session).status())
                .isEqualTo(400);
        assertThat(twitch.subscriptions()).isEmpty();
    }

    @Test
    void websocketNeedsAUserTokenAndALiveSession() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        Helix.Reply app = helix.subscribe(twitch.issueAppToken(), "stream.online", "1", broadcaster(streamer), session);
        assertThat(app.status()).isEqualTo(400);
        assertThat(app.message()).isEqualTo("invalid transport and auth combination");
        Helix.Reply dead = helix.subscribe(streamer.accessToken(), "stream.online", "1", broadcaster(streamer),
                "AQoQnotasessionAB");
        assertThat(dead.status()).isEqualTo(400);
        assertThat(dead.message()).isEqualTo("websocket transport session does not exist or has already disconnected");
        twitch.session(session).dropTcp();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !twitch.session(session).connected());
        assertThat(helix.subscribe(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), session)
                .message()).isEqualTo("websocket transport session does not exist or has already disconnected");
    }

    @Test
    void missingScopeOrAnotherUsersConditionGets403() {
        MockUser noScope = twitch.createUser("noscope");
        MockUser mod = twitch.createUser("mod", "moderator:read:followers");
        MockUser other = twitch.createUser("other", "moderator:read:followers");
        String session = newSession();
        Helix.Reply r = helix.subscribe(noScope.accessToken(), "channel.follow", "2", "{\"broadcaster_user_id\":\""
                + noScope.id() + "\",\"moderator_user_id\":\"" + noScope.id() + "\"}", session);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.message()).isEqualTo("subscription missing proper authorization");
        // The token's user must be the moderator of the condition.
        assertThat(helix.subscribe(mod.accessToken(), "channel.follow", "2", "{\"broadcaster_user_id\":\""
                + other.id() + "\",\"moderator_user_id\":\"" + other.id() + "\"}", session).status()).isEqualTo(403);
        assertThat(helix.subscribe(mod.accessToken(), "channel.follow", "2", "{\"broadcaster_user_id\":\""
                + other.id() + "\",\"moderator_user_id\":\"" + mod.id() + "\"}", session).status()).isEqualTo(202);
        // An app-token-only type over a user token.
        assertThat(helix.subscribe(mod.accessToken(), "conduit.shard.disabled", "1", "{\"client_id\":\""
                + twitch.clientId() + "\"}", session).status()).isEqualTo(403);
    }

    @Test
    void anyOneScopeOfAGroupIsEnough() {
        MockUser streamer = twitch.createUser("streamer", "channel:manage:vips");
        String session = newSession();
        assertThat(helix.subscribe(streamer.accessToken(), "channel.vip.add", "1", broadcaster(streamer), session)
                .status()).isEqualTo(202);
    }

    @Test
    void anExactDuplicateGets409() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        helix.subscribeOk(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), session);
        Helix.Reply dup = helix.subscribe(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), session);
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.message()).isEqualTo("subscription already exists");
        assertThat(dup.body().path("error").asString()).isEqualTo("Conflict");
    }

    @Test
    void atMostThreeSubscriptionsWithTheSameTypeAndCondition() {
        MockUser streamer = twitch.createUser("streamer");
        for (int i = 0; i < 3; i++) {
            helix.subscribeOk(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), newSession());
        }
        Helix.Reply fourth = helix.subscribe(streamer.accessToken(), "stream.online", "1", broadcaster(streamer),
                newSession());
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.message()).isEqualTo("maximum subscriptions with type and condition exceeded");
    }

    @Test
    void atMostThreeSocketsWithEnabledSubscriptionsPerUser() {
        MockUser bot = twitch.createUser("bot");
        List<MockUser> streamers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            streamers.add(twitch.createUser("streamer" + i));
        }
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(newSession());
            helix.subscribeOk(bot.accessToken(), "stream.online", "1", broadcaster(streamers.get(i)), sessions.get(i));
        }
        Helix.Reply fourth = helix.subscribe(bot.accessToken(), "stream.online", "1", broadcaster(streamers.get(3)),
                newSession());
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.message()).isEqualTo("number of websocket transports limit exceeded");
        // More subscriptions on a socket that already counts are fine; a lost socket stops counting.
        helix.subscribeOk(bot.accessToken(), "stream.offline", "1", broadcaster(streamers.get(0)), sessions.get(0));
        twitch.session(sessions.get(2)).close(4000);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> !twitch.session(sessions.get(2)).connected());
        helix.subscribeOk(bot.accessToken(), "stream.online", "1", broadcaster(streamers.get(3)), newSession());
    }

    @Test
    void totalCostIsCappedAtTenForWebsockets() {
        // Broadcasters that never authorized the client cost 1 each.
        MockUser bot = twitch.createUser("bot");
        String session = newSession();
        for (int i = 0; i < 10; i++) {
            String id = unauthorizedUser("s" + i);
            Helix.Reply r = helix.subscribe(bot.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + id + "\"}", session);
            assertThat(r.status()).isEqualTo(202);
            assertThat(r.body().path("data").get(0).path("cost").asInt()).isEqualTo(1);
            assertThat(r.body().path("total_cost").asInt()).isEqualTo(i + 1);
        }
        String eleventh = unauthorizedUser("s10");
        Helix.Reply over = helix.subscribe(bot.accessToken(), "stream.online", "1",
                "{\"broadcaster_user_id\":\"" + eleventh + "\"}", session);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.message()).contains("cost");
        // Cost 0 ones still fit.
        helix.subscribeOk(bot.accessToken(), "stream.online", "1", broadcaster(bot), session);
    }

    /** A user who has not authorized the client: its only token is revoked. */
    private String unauthorizedUser(String login) {
        MockUser user = twitch.createUser(login);
        twitch.revokeToken(user.accessToken());
        return user.id();
    }

    @Test
    void atMostThreeHundredEnabledSubscriptionsPerSocket() {
        MockUser bot = twitch.createUser("bot", "user:read:chat");
        String session = newSession();
        int created = 0;
        int u = 0;
        while (created < 300) {
            MockUser s = twitch.createUser("b" + u++);
            for (String type : List.of("stream.online", "stream.offline", "channel.update")) {
                if (created < 300) {
                    helix.subscribeOk(bot.accessToken(), type, type.equals("channel.update") ? "2" : "1",
                            broadcaster(s), session);
                    created++;
                }
            }
        }
        MockUser last = twitch.createUser("last");
        Helix.Reply over = helix.subscribe(bot.accessToken(), "stream.online", "1", broadcaster(last), session);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.message()).isEqualTo("number of subscriptions per websocket transport limit exceeded");
    }

    @Test
    void listFiltersAndPaginates() {
        MockUser bot = twitch.createUser("bot");
        String session = newSession();
        Set<String> ids = new HashSet<>();
        List<MockUser> streamers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            MockUser s = twitch.createUser("p" + i);
            streamers.add(s);
            ids.add(helix.subscribeOk(bot.accessToken(), "stream.online", "1", broadcaster(s), session));
        }
        String offline = helix.subscribeOk(bot.accessToken(), "stream.offline", "1", broadcaster(streamers.get(0)),
                session);

        Helix.Reply page1 = helix.call("GET", "/eventsub/subscriptions?first=5", bot.accessToken(), null);
        assertThat(page1.status()).isEqualTo(200);
        assertThat(page1.body().path("data").size()).isEqualTo(100);
        assertThat(page1.body().path("total").asInt()).isEqualTo(121);
        assertThat(page1.body().path("total_cost").asInt()).isZero();
        assertThat(page1.body().path("max_total_cost").asInt()).isEqualTo(10);
        String cursor = page1.body().path("pagination").path("cursor").asString();
        assertThat(cursor).isNotBlank();
        Helix.Reply page2 = helix.call("GET", "/eventsub/subscriptions?after=" + cursor, bot.accessToken(), null);
        assertThat(page2.body().path("data").size()).isEqualTo(21);
        assertThat(page2.body().path("pagination").has("cursor")).isFalse();
        Set<String> listed = new HashSet<>();
        page1.body().path("data").forEach(d -> listed.add(d.path("id").asString()));
        page2.body().path("data").forEach(d -> listed.add(d.path("id").asString()));
        assertThat(listed).hasSize(121).containsAll(ids).contains(offline);

        assertThat(helix.call("GET", "/eventsub/subscriptions?type=stream.offline", bot.accessToken(), null)
                .body().path("data")).singleElement().satisfies(d -> assertThat(d.path("id").asString())
                .isEqualTo(offline));
        assertThat(helix.call("GET", "/eventsub/subscriptions?subscription_id=" + offline, bot.accessToken(), null)
                .body().path("data").size()).isEqualTo(1);
        assertThat(helix.call("GET", "/eventsub/subscriptions?user_id=" + streamers.get(0).id(), bot.accessToken(),
                null).body().path("data").size()).isEqualTo(2);
        assertThat(helix.call("GET", "/eventsub/subscriptions?status=enabled", bot.accessToken(), null)
                .body().path("data").size()).isEqualTo(100);
        assertThat(helix.call("GET", "/eventsub/subscriptions?status=websocket_disconnected", bot.accessToken(),
                null).body().path("data").size()).isZero();
        assertThat(helix.call("GET", "/eventsub/subscriptions?status=enabled&type=stream.online", bot.accessToken(),
                null).status()).isEqualTo(400);
        assertThat(helix.call("GET", "/eventsub/subscriptions?after=garbage!", bot.accessToken(), null).status())
                .isEqualTo(400);
        // Another user's token sees none of them.
        MockUser stranger = twitch.createUser("stranger");
        assertThat(helix.call("GET", "/eventsub/subscriptions", stranger.accessToken(), null).body()
                .path("total").asInt()).isZero();
    }

    @Test
    void disconnectedSubscriptionsStayListedWithDisconnectedAt() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        helix.subscribeOk(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), session);
        twitch.session(session).dropTcp();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !twitch.session(session).connected());
        JsonNode data = helix.call("GET", "/eventsub/subscriptions?status=websocket_disconnected",
                streamer.accessToken(), null).body().path("data");
        assertThat(data.size()).isEqualTo(1);
        assertThat(Instant.parse(data.get(0).path("transport").path("disconnected_at").asString())).isNotNull();
    }

    @Test
    void deleteAnswers204ThenTheSubscriptionIsGone() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        String id = helix.subscribeOk(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), session);
        assertThat(helix.call("DELETE", "/eventsub/subscriptions?id=" + id, streamer.accessToken(), null).status())
                .isEqualTo(204);
        assertThat(twitch.subscriptions()).isEmpty();
        assertThat(twitch.trigger("stream.online").to(streamer).send()).isEmpty();
        assertThat(helix.call("DELETE", "/eventsub/subscriptions?id=" + id, streamer.accessToken(), null).status())
                .isEqualTo(404);
        assertThat(helix.call("DELETE", "/eventsub/subscriptions", streamer.accessToken(), null).status())
                .isEqualTo(400);
    }

    @Test
    void webhookSubscriptionsNeedAnAppTokenAndHttpsAndTheirNotificationsAreRecorded() {
        MockUser streamer = twitch.createUser("streamer");
        String app = twitch.issueAppToken();
        String body = "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":" + broadcaster(streamer)
                + ",\"transport\":{\"method\":\"webhook\",\"callback\":\"https://example.com/hook\","
                + "\"secret\":\"s3cr3t-s3cr3t\"}}";
        assertThat(helix.call("POST", "/eventsub/subscriptions", streamer.accessToken(), body).message())
                .isEqualTo("invalid transport and auth combination");
        assertThat(helix.call("POST", "/eventsub/subscriptions", app, body.replace("https://", "http://")).status())
                .isEqualTo(400);
        assertThat(helix.call("POST", "/eventsub/subscriptions", app, body.replace("s3cr3t-s3cr3t", "short"))
                .status()).isEqualTo(400);
        Helix.Reply ok = helix.call("POST", "/eventsub/subscriptions", app, body);
        assertThat(ok.status()).isEqualTo(202);
        assertThat(ok.body().path("data").get(0).path("transport").path("callback").asString())
                .isEqualTo("https://example.com/hook");
        assertThat(ok.body().path("data").get(0).path("status").asString()).isEqualTo("enabled");
        for (int i = 0; i < 3; i++) {
            SubscriptionRequest recorded = twitch.takeSubscriptionRequest();
            assertThat(recorded.transport()).doesNotContainKey("secret");
            assertThat(recorded.toString()).doesNotContain("s3cr3t");
        }
        assertThat(twitch.takeSubscriptionRequest().status()).isEqualTo(202);
        String id = twitch.trigger("stream.online").to(streamer).send().get(0);
        assertThat(twitch.webhookDeliveries()).singleElement().satisfies(d -> {
            assertThat(d.callback()).isEqualTo("https://example.com/hook");
            assertThat(d.conduitId()).isNull();
            assertThat(WsProbe.JSON.readTree(d.body()).path("metadata").path("message_id").asString()).isEqualTo(id);
        });
    }

    @Test
    void theTwitchCliLayoutAnswersToo() {
        MockUser streamer = twitch.createUser("streamer");
        String session = newSession();
        helix.subscribeOk(streamer.accessToken(), "stream.online", "1", broadcaster(streamer), session);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + twitch.port() + "/eventsub/subscriptions"))
                .header("Authorization", "Bearer " + streamer.accessToken()).header("Client-Id", twitch.clientId())
                .build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(WsProbe.JSON.readTree(response.body()).path("total").asInt()).isEqualTo(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
