package dev.twitchkit.mock.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.WsProbe;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The {@code /_mock} control API, driven with the JDK HTTP and WebSocket clients only. */
class ControlApiTest {
    final TestHttp http = new TestHttp();
    MockTwitch twitch;

    @BeforeEach
    void start() {
        // Buckets refill over a day, not a minute: a drained bucket stays empty however slow the machine is.
        twitch = MockTwitch.builder().requireSubscription(false).rateLimit(800, Duration.ofDays(1)).start();
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void describeGivesCredentialsUrlsAndClock() {
        JsonNode body = get("").json();
        assertThat(body.get("client_id").asString()).isEqualTo(twitch.clientId());
        assertThat(body.get("client_secret").asString()).isEqualTo(twitch.clientSecret());
        assertThat(body.get("urls").get("helix").asString()).isEqualTo(twitch.urls().helix().toString());
        assertThat(body.get("urls").get("eventsub_websocket").asString())
                .isEqualTo(twitch.urls().eventSubWebSocket().toString());
    }

    @Test
    void createdUsersAndTokensWorkOnHelixAndCanBeExpiredAndRevoked() {
        TestHttp.Response created = post("/users", Map.of("login", "ctl_user", "scopes", "user:read:email chat:read"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("scopes").valueStream().map(JsonNode::asString))
                .containsExactly("chat:read", "user:read:email");
        String access = user.get("access_token").asString();
        assertThat(helixUsers(access).status()).isEqualTo(200);

        JsonNode second = post("/tokens", Map.of("user_id", user.get("id").asString(),
                "scopes", new String[] {"user:write:chat"})).json();
        assertThat(second.get("access_token").asString()).isNotEqualTo(access);

        assertThat(post("/tokens/expire", Map.of("access_token", access)).status()).isEqualTo(204);
        assertThat(helixUsers(access).status()).isEqualTo(401);
        String other = second.get("access_token").asString();
        assertThat(post("/tokens/revoke", Map.of("access_token", other)).status()).isEqualTo(204);
        assertThat(helixUsers(other).status()).isEqualTo(401);
        assertThat(post("/tokens/revoke", Map.of("access_token", other)).status()).isEqualTo(400);

        String app = post("/tokens/app", Map.of()).json().get("access_token").asString();
        assertThat(http.get(URI.create(twitch.urls().helix() + "/users?login=ctl_user"),
                "Authorization", "Bearer " + app, "Client-Id", twitch.clientId()).status()).isEqualTo(200);
    }

    @Test
    void registeredPublicClientsHaveNoSecretAndConfidentialOnesDo() {
        TestHttp.Response created = post("/clients", Map.of("name", "desktop app", "public", true));
        assertThat(created.status()).isEqualTo(201);
        JsonNode publicClient = created.json();
        assertThat(publicClient.get("public").asBoolean()).isTrue();
        assertThat(publicClient.has("client_secret")).isFalse();
        TestHttp.Response device = http.postForm(URI.create(twitch.urls().oauth() + "/device"), TestHttp.pairs(
                "client_id", publicClient.get("client_id").asString(), "scopes", "chat:read"));
        assertThat(device.status()).as("a public client starts the device code flow").isEqualTo(200);

        JsonNode confidential = post("/clients", Map.of("name", "server app")).json();
        assertThat(confidential.get("public").asBoolean()).isFalse();
        assertThat(confidential.get("client_secret").asString()).isNotBlank();
        assertThat(post("/clients", Map.of("public", "yes")).status()).isEqualTo(400);
    }

    @Test
    void theClockAdvances() {
        Instant before = Instant.parse(get("/clock").json().get("now").asString());
        JsonNode after = post("/clock/advance", Map.of("seconds", 3600)).json();
        assertThat(after.get("offset_seconds").asLong()).isEqualTo(3600);
        assertThat(Instant.parse(after.get("now").asString())).isAfterOrEqualTo(before.plusSeconds(3600));
    }

    @Test
    void rateLimitsDrainAndFaultsAreScripted() {
        MockUser user = twitch.createUser("ctl_limited");
        assertThat(post("/ratelimit/drain", Map.of("user_id", user.id())).status()).isEqualTo(204);
        assertThat(helixUsers(user.accessToken()).status()).isEqualTo(429);

        MockUser other = twitch.createUser("ctl_faulty");
        post("/faults/helix", Map.of("status", 503, "message", "down", "count", 1));
        assertThat(helixUsers(other.accessToken()).status()).isEqualTo(503);
        assertThat(helixUsers(other.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void deviceCodesAreApprovedAndAuthCountersRead() {
        MockUser user = twitch.createUser("ctl_device");
        JsonNode started = http.postForm(URI.create(twitch.urls().oauth() + "/device"),
                TestHttp.pairs("client_id", twitch.clientId(), "scopes", "chat:read")).json();

        assertThat(post("/device/approve", Map.of("user_code", started.get("user_code").asString(),
                "user_id", user.id())).status()).isEqualTo(204);
        assertThat(post("/device/approve", Map.of("user_code", started.get("user_code").asString(),
                "user_id", user.id())).status()).as("decided already").isEqualTo(409);
        TestHttp.Response token = http.postForm(URI.create(twitch.urls().oauth() + "/token"), TestHttp.pairs(
                "client_id", twitch.clientId(), "grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                "device_code", started.get("device_code").asString()));
        assertThat(token.status()).isEqualTo(200);

        http.get(URI.create(twitch.urls().oauth() + "/validate"), "Authorization", "OAuth " + user.accessToken());
        JsonNode counters = get("/auth/counters?access_token=" + user.accessToken() + "&user_id=" + user.id()).json();
        assertThat(counters.get("validations").asInt()).isEqualTo(1);
        assertThat(counters.get("user_validations").asInt()).isEqualTo(1);
        assertThat(counters.get("refreshes").asInt()).isZero();
    }

    @Test
    void triggersReachASubscribedSessionAndSessionsCanBeScripted() throws Exception {
        MockUser streamer = twitch.createUser("ctl_streamer", "moderator:read:followers");
        WsProbe client = WsProbe.connect(twitch.urls().eventSubWebSocket());
        String sessionId = client.welcomeSessionId();

        TestHttp.Response subscribed = http.postJson(URI.create(twitch.urls().helix() + "/eventsub/subscriptions"),
                TestHttp.json(Map.of("type", "channel.follow", "version", "2",
                        "condition", Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id()),
                        "transport", Map.of("method", "websocket", "session_id", sessionId))),
                "Authorization", "Bearer " + streamer.accessToken(), "Client-Id", twitch.clientId());
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(202);

        JsonNode sessions = get("/sessions").json().get("data");
        assertThat(sessions.valueStream().map(s -> s.get("id").asString())).contains(sessionId);

        JsonNode triggered = post("/trigger", Map.of("type", "channel.follow", "version", "2",
                "broadcaster", streamer.id(), "fields", Map.of("user_name", "Cli_Follower"))).json();
        assertThat(triggered.get("message_ids")).hasSize(1);
        JsonNode notification = client.nextOfType("notification");
        assertThat(notification.get("metadata").get("message_type").asString()).isEqualTo("notification");
        assertThat(notification.get("metadata").get("message_id").asString())
                .isEqualTo(triggered.get("message_ids").get(0).asString());
        assertThat(notification.get("payload").get("event").get("user_name").asString()).isEqualTo("Cli_Follower");
        assertThat(post("/trigger", Map.of("type", "channel.follow", "version", "2", "broadcaster", streamer.id(),
                "nulls", true)).status()).as("channel.follow has no nullable field").isEqualTo(400);

        assertThat(get("/counters").json().get("sent").asLong()).isEqualTo(1);
        assertThat(get("/subscriptions").json().get("data").get(0).get("type").asString())
                .isEqualTo("channel.follow");

        assertThat(post("/sessions/raw", Map.of("frame", "{not json")).status()).isEqualTo(204);
        assertThat(client.nextRaw()).isEqualTo("{not json");

        assertThat(post("/sessions/close", Map.of("session_id", sessionId, "code", 4005)).status()).isEqualTo(204);
        assertThat(client.awaitClose(Duration.ofSeconds(5))).isEqualTo(4005);
        assertThat(post("/sessions/close", Map.of("session_id", "nope", "code", 4000)).status()).isEqualTo(404);
    }

    @Test
    void sessionsReconnectAndLoseKeepalivesOnRequest() throws Exception {
        WsProbe client = WsProbe.connect(twitch.urls().eventSubWebSocket());
        String sessionId = client.welcomeSessionId();

        JsonNode reconnect = post("/sessions/reconnect", Map.of("session_id", sessionId)).json();
        String url = reconnect.get("reconnect_url").asString();
        assertThat(url).startsWith("ws://");
        JsonNode message = client.nextOfType("session_reconnect");
        assertThat(message.get("metadata").get("message_type").asString()).isEqualTo("session_reconnect");
        assertThat(message.get("payload").get("session").get("reconnect_url").asString()).isEqualTo(url);

        WsProbe moved = WsProbe.connect(URI.create(url));
        assertThat(moved.welcomeSessionId()).isEqualTo(sessionId);
        assertThat(post("/sessions/stop-keepalives", Map.of()).status()).as("the newest session").isEqualTo(204);
        assertThat(post("/sessions/drop", Map.of("session_id", sessionId)).status()).isEqualTo(204);
        // The drop closes the socket on the mock's own threads; the listing catches up a moment later.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(get("/sessions").json().get("data")
                .valueStream()
                .filter(s -> s.get("id").asString().equals(sessionId))
                .allMatch(s -> !s.get("connected").asBoolean())).isTrue());
    }

    @Test
    void badRequestsAreClear400s() {
        TestHttp.Response malformed = http.postJson(URI.create(twitch.urls().control() + "/users"), "{oops");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asString()).isEqualTo("Bad Request");

        assertThat(post("/users", Map.of()).json().get("message").asString()).isEqualTo("missing field \"login\"");
        assertThat(post("/users", Map.of("login", "bad login!")).status()).isEqualTo(400);
        assertThat(post("/clock/advance", Map.of("seconds", "soon")).status()).isEqualTo(400);
        assertThat(post("/trigger", Map.of("type", "no.such.type")).status()).isEqualTo(400);
        assertThat(get("/auth/counters").status()).isEqualTo(400);
        assertThat(get("/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void aClockAdvanceOutOfRangeIs400AndLeavesTheClockWorking() {
        for (String seconds : List.of("1e18", "1000000000000000000", "9223372036854775807", "-1", "1e400")) {
            TestHttp.Response refused = http.postJson(URI.create(twitch.urls().control() + "/clock/advance"),
                    "{\"seconds\":" + seconds + "}");
            assertThat(refused.status()).as(seconds).isEqualTo(400);
            assertThat(refused.json().get("message").asString()).as(seconds).contains("seconds");
        }
        assertThat(get("/clock").status()).isEqualTo(200);
        assertThat(get("/clock").json().get("offset_seconds").asLong()).isZero();
        assertThat(get("").status()).isEqualTo(200);
        assertThat(post("/clock/advance", Map.of("seconds", 3600)).status()).isEqualTo(200);

        // Each step in range, the sum not: the second is refused and the clock stays where the first left it.
        assertThat(post("/clock/advance", Map.of("seconds", 2_000_000_000L)).status()).isEqualTo(200);
        assertThat(post("/clock/advance", Map.of("seconds", 2_000_000_000L)).status()).isEqualTo(400);
        assertThat(get("/clock").json().get("offset_seconds").asLong()).isEqualTo(2_000_003_600L);
        assertThat(get("").status()).isEqualTo(200);
    }

    @Test
    void errorBodiesEchoOnlyAShortPrefixOfTheInput() {
        String huge = "x".repeat(10_000_000);
        for (TestHttp.Response refused : List.of(
                post("/users", Map.of("login", huge)),
                post("/trigger", Map.of("type", huge)),
                post("/sessions/close", Map.of("session_id", huge, "code", 4000)),
                post("/tokens/revoke", Map.of("access_token", huge)),
                http.postJson(URI.create(twitch.urls().control() + "/users"), "{\"login\":\"" + huge))) {
            assertThat(refused.status()).isBetween(400, 404);
            String body = refused.body();
            assertThat(body.length()).as(body.substring(0, Math.min(200, body.length()))).isLessThan(1_000);
        }
    }

    void followersSubscribersEditorsAndBroadcasterTypesAreSeededAndReadBackThroughHelix() {
        MockUser streamer = twitch.createUser("seeded_streamer", "moderator:read:followers",
                "channel:read:subscriptions", "channel:read:editors");
        MockUser fan = twitch.createUser("seeded_fan");
        assertThat(post("/follows", Map.of("user_id", fan.id(), "broadcaster_id", streamer.id())).status())
                .isEqualTo(204);
        assertThat(post("/subscribers", Map.of("user_id", fan.id(), "broadcaster_id", streamer.id(),
                "tier", "3000")).status()).isEqualTo(204);
        assertThat(post("/editors", Map.of("user_id", fan.id(), "broadcaster_id", streamer.id())).status())
                .isEqualTo(204);
        assertThat(post("/broadcaster-type", Map.of("user_id", streamer.id(), "type", "affiliate")).status())
                .isEqualTo(204);

        JsonNode followers = helix("/channels/followers?broadcaster_id=" + streamer.id(), streamer).json();
        assertThat(followers.get("data").get(0).get("user_id").asString()).isEqualTo(fan.id());
        JsonNode subscribers = helix("/subscriptions?broadcaster_id=" + streamer.id(), streamer).json();
        assertThat(subscribers.get("data").get(0).get("tier").asString()).isEqualTo("3000");
        assertThat(subscribers.get("points").asInt()).isEqualTo(6);
        JsonNode editors = helix("/channels/editors?broadcaster_id=" + streamer.id(), streamer).json();
        assertThat(editors.get("data").get(0).get("user_id").asString()).isEqualTo(fan.id());

        assertThat(post("/follows", Map.of("user_id", "404404404", "broadcaster_id", streamer.id())).status())
                .isEqualTo(400);
        assertThat(post("/subscribers", Map.of("user_id", fan.id(), "broadcaster_id", streamer.id(),
                "tier", "4000")).status()).isEqualTo(400);
        assertThat(post("/broadcaster-type", Map.of("user_id", streamer.id(), "type", "staff")).status())
                .isEqualTo(400);
    }

    @Test
    void streamsStartAndEndSoHelixAgrees() {
        MockUser caster = twitch.createUser("control_caster");

        TestHttp.Response started = post("/streams/start", Map.of("broadcaster_id", caster.id()));

        assertThat(started.status()).isEqualTo(200);
        String streamId = started.json().get("stream_id").asString();
        JsonNode streams = helix("/streams?user_id=" + caster.id(), caster).json();
        assertThat(streams.get("data").get(0).get("id").asString()).isEqualTo(streamId);
        assertThat(post("/streams/start", Map.of("broadcaster_id", caster.id())).status()).isEqualTo(409);

        TestHttp.Response ended = post("/streams/end", Map.of("broadcaster_id", caster.id()));
        assertThat(ended.status()).isEqualTo(200);
        String videoId = ended.json().get("video_id").asString();
        assertThat(helix("/streams?user_id=" + caster.id(), caster).json().get("data")).isEmpty();
        assertThat(helix("/videos?id=" + videoId, caster).json().get("data").get(0).get("stream_id").asString())
                .isEqualTo(streamId);
        assertThat(post("/streams/end", Map.of("broadcaster_id", caster.id())).status()).isEqualTo(409);
        assertThat(post("/streams/start", Map.of("broadcaster_id", "404404404")).status()).isEqualTo(400);
    }

    private TestHttp.Response helix(String path, MockUser user) {
        return http.get(URI.create(twitch.urls().helix() + path), "Authorization", "Bearer " + user.accessToken(),
                "Client-Id", twitch.clientId());
    }

    private TestHttp.Response get(String path) {
        return http.get(URI.create(twitch.urls().control() + path));
    }

    private TestHttp.Response post(String path, Map<String, ?> body) {
        return http.postJson(URI.create(twitch.urls().control() + path), TestHttp.json(body));
    }

    private TestHttp.Response helixUsers(String token) {
        return http.get(URI.create(twitch.urls().helix() + "/users"), "Authorization", "Bearer " + token,
                "Client-Id", twitch.clientId());
    }
}
