package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing a client sends to the EventSub and conduit routes makes the mock answer 500 or stop answering. */
class BadInputTest {
    private static final List<String> BODIES = List.of("", " ", "null", "[]", "42", "\"text\"", "{", "{}",
            "{\"type\":null}", "{\"type\":5,\"version\":true}", "{\"condition\":[]}", "{\"transport\":\"x\"}",
            "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":{\"broadcaster_user_id\":{}}}",
            "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":{},\"transport\":{\"method\":7}}",
            "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":{},\"transport\":{}}",
            "{\"shard_count\":1e30}", "{\"shard_count\":-1}", "{\"shard_count\":2.5}", "{\"id\":[],\"shard_count\":[1]}",
            "{\"conduit_id\":\"x\",\"shards\":[1,2]}", "{\"conduit_id\":\"x\",\"shards\":[{\"id\":5}]}",
            "{\"conduit_id\":{},\"shards\":{}}", "\u0000\u0001garbage", "{\"a\":" + "[".repeat(2000));

    private MockTwitch twitch;
    private Helix helix;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().requireSubscription(false).start();
        helix = new Helix(twitch);
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void malformedBodiesGetClientErrorsOnEveryRoute() {
        MockUser user = twitch.createUser("user");
        String app = twitch.issueAppToken();
        String conduit = helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":1}").body().path("data")
                .get(0).path("id").asString();
        for (String token : List.of(user.accessToken(), app)) {
            for (String body : BODIES) {
                for (String[] route : List.of(new String[] {"POST", "/eventsub/subscriptions"},
                        new String[] {"POST", "/eventsub/conduits"}, new String[] {"PATCH", "/eventsub/conduits"},
                        new String[] {"PATCH", "/eventsub/conduits/shards"})) {
                    int status = helix.call(route[0], route[1], token, body.replace("\"x\"", "\"" + conduit + "\""))
                            .status();
                    assertThat(status).as(route[0] + " " + route[1] + " " + body).isBetween(400, 499);
                }
            }
        }
        for (String query : List.of("?after=%25%25", "?after=", "?status=&type=", "?subscription_id=" + "x".repeat(5000),
                "?after=bzotMQ")) {
            assertThat(helix.call("GET", "/eventsub/subscriptions" + query, user.accessToken(), null).status())
                    .as(query).isIn(200, 400);
        }
        for (String query : List.of("?conduit_id=" + conduit + "&first=0", "?conduit_id=" + conduit + "&first=x",
                "?conduit_id=" + conduit + "&after=czotNQ", "?conduit_id=nope")) {
            assertThat(helix.call("GET", "/eventsub/conduits/shards" + query, app, null).status()).as(query)
                    .isBetween(400, 499);
        }
        assertThat(helix.call("DELETE", "/eventsub/subscriptions?id=", user.accessToken(), null).status())
                .isEqualTo(400);
        assertThat(helix.call("GET", "/eventsub/nothing-here", user.accessToken(), null).status()).isEqualTo(404);
        // Still serving.
        try (WsProbe probe = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            assertThat(probe.welcomeSessionId()).isNotBlank();
        }
    }

    @Test
    void aHugeFieldIsNotEchoedBackWhole() {
        MockUser user = twitch.createUser("user");
        String huge = "y".repeat(10_000_000);
        for (String body : List.of("{\"type\":\"" + huge + "\",\"version\":\"1\",\"condition\":{},"
                        + "\"transport\":{\"method\":\"websocket\",\"session_id\":\"s\"}}",
                "{\"type\":\"stream.online\",\"version\":\"" + huge + "\",\"condition\":{},"
                        + "\"transport\":{\"method\":\"websocket\",\"session_id\":\"s\"}}",
                "{\"type\":\"" + huge)) {
            Helix.Reply reply = helix.call("POST", "/eventsub/subscriptions", user.accessToken(), body);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body().toString().length()).as(body.substring(0, 40))
                    .isLessThan(1_000);
        }
    }
}
