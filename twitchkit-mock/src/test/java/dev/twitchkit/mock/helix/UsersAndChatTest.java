package dev.twitchkit.mock.helix;

import static dev.twitchkit.mock.helix.HelixGateTest.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /helix/users} and {@code POST /helix/chat/messages}. */
class UsersAndChatTest {
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void usersWithoutParametersIsTheTokensUserWithEveryTwitchField() {
        MockUser me = twitch.createUser("Myself", "user:read:email");

        JsonNode data = get("/users", me.accessToken()).json().get("data");

        assertThat(data).hasSize(1);
        JsonNode user = data.get(0);
        assertThat(user.get("id").asString()).isEqualTo(me.id());
        assertThat(user.get("login").asString()).isEqualTo("myself");
        assertThat(user.get("display_name").asString()).isEqualTo("Myself");
        assertThat(user.get("email").asString()).isEqualTo("myself@example.com");
        for (String field : new String[] {"type", "broadcaster_type", "description", "profile_image_url",
                "offline_image_url", "view_count", "created_at"}) {
            assertThat(user.has(field)).as(field).isTrue();
        }
        assertThat(user.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void usersByRepeatedIdsAndLoginsSkipTheUnknownAndHideOthersEmails() {
        MockUser asker = twitch.createUser("asker", "user:read:email");
        MockUser a = twitch.createUser("lookup_a");
        MockUser b = twitch.createUser("lookup_b");

        JsonNode data = get("/users?id=" + a.id() + "&id=99999999&login=LOOKUP_B&login=nobody_here",
                asker.accessToken()).json().get("data");

        assertThat(data.valueStream().map(u -> u.get("id").asString())).containsExactly(a.id(), b.id());
        assertThat(data.valueStream().noneMatch(u -> u.has("email"))).isTrue();
    }

    @Test
    void usersRejectsMoreThanAHundredLookupsAndAppTokensWithoutParameters() {
        MockUser asker = twitch.createUser("many_asker");
        String query = IntStream.range(0, 101).mapToObj(i -> "id=" + i).collect(Collectors.joining("&"));
        TestHttp.Response tooMany = get("/users?" + query, asker.accessToken());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("error").asString()).isEqualTo("Bad Request");

        TestHttp.Response appNoParams = get("/users", twitch.issueAppToken());
        assertThat(appNoParams.status()).isEqualTo(400);
        assertThat(appNoParams.json().get("message").asString()).isEqualTo("Must provide an ID, Login or OAuth Token");
    }

    @Test
    void aUserTokenSendsChatAndTheMessageIsRecorded() throws Exception {
        MockUser streamer = twitch.createUser("chat_streamer");
        MockUser bot = twitch.createUser("chat_bot", "user:write:chat");

        TestHttp.Response sent = chat(bot.accessToken(), body(streamer.id(), bot.id(), "Hello, World! HeyGuys",
                "parent-1"));

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        JsonNode result = sent.json().get("data").get(0);
        assertThat(result.get("is_sent").asBoolean()).isTrue();
        assertThat(result.get("drop_reason").isNull()).isTrue();
        MockChatMessage message = twitch.chatMessages().stream()
                .filter(m -> m.messageId().equals(result.get("message_id").asString()))
                .findFirst().orElseThrow();
        assertThat(message.text()).isEqualTo("Hello, World! HeyGuys");
        assertThat(message.broadcasterId()).isEqualTo(streamer.id());
        assertThat(message.senderId()).isEqualTo(bot.id());
        assertThat(message.replyParentMessageId()).isEqualTo("parent-1");
    }

    @Test
    void takeChatMessageWaitsForTheNextOneAndFailsClearlyWhenNoneComes() throws Exception {
        try (MockTwitch own = MockTwitch.start()) {
            MockUser bot = own.createUser("taker_bot", "user:write:chat");
            assertThat(http.postJson(URI.create(own.urls().helix() + "/chat/messages"),
                    TestHttp.json(body(bot.id(), bot.id(), "first", null)),
                    "Authorization", "Bearer " + bot.accessToken(), "Client-Id", own.clientId()).status())
                    .isEqualTo(200);

            assertThat(own.takeChatMessage(Duration.ofSeconds(1)).text()).isEqualTo("first");
            assertThatThrownBy(() -> own.takeChatMessage(Duration.ofMillis(50)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("no chat message");
        }
    }

    @Test
    void theSameMessageTwiceWithinThirtySecondsIsDropped() {
        MockUser streamer = twitch.createUser("dup_streamer");
        MockUser bot = twitch.createUser("dup_bot", "user:write:chat");
        chat(bot.accessToken(), body(streamer.id(), bot.id(), "same", null));

        JsonNode dropped = chat(bot.accessToken(), body(streamer.id(), bot.id(), "same", null))
                .json().get("data").get(0);
        assertThat(dropped.get("is_sent").asBoolean()).isFalse();
        assertThat(dropped.get("drop_reason").get("code").asString()).isEqualTo("msg_duplicate");

        twitch.clock().advance(Duration.ofSeconds(30));
        assertThat(chat(bot.accessToken(), body(streamer.id(), bot.id(), "same", null))
                .json().get("data").get(0).get("is_sent").asBoolean()).isTrue();
    }

    @Test
    void ofIdenticalConcurrentMessagesExactlyOneIsSent() throws Exception {
        MockUser streamer = twitch.createUser("race_streamer");
        MockUser bot = twitch.createUser("race_bot", "user:write:chat");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> chat(bot.accessToken(), body(streamer.id(), bot.id(), "first!", null))
                        .json().get("data").get(0).get("is_sent").asBoolean());
            }
            List<Boolean> sent = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(sends)) {
                sent.add(f.get());
            }
            assertThat(sent).containsOnlyOnce(true);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void userTokensNeedTheScopeAndMustBeTheSenders() {
        MockUser streamer = twitch.createUser("scope_streamer");
        MockUser noScope = twitch.createUser("no_scope_bot");
        MockUser bot = twitch.createUser("impostor_bot", "user:write:chat");

        assertUnauthorized(chat(noScope.accessToken(), body(streamer.id(), noScope.id(), "hi", null)),
                "Missing scope: user:write:chat");
        assertThat(chat(bot.accessToken(), body(streamer.id(), streamer.id(), "hi", null)).status()).isEqualTo(401);
    }

    @Test
    void appTokensNeedTheSendersUserBotAndTheBroadcastersChannelBot() {
        String app = twitch.issueAppToken();
        MockUser streamer = twitch.createUser("app_streamer");
        MockUser bot = twitch.createUser("app_bot", "user:write:chat", "user:bot");
        MockUser plainBot = twitch.createUser("plain_bot", "user:write:chat");

        assertThat(chat(app, body(streamer.id(), plainBot.id(), "hi", null)).status()).isEqualTo(401);
        assertThat(chat(app, body(streamer.id(), bot.id(), "hi", null)).status()).isEqualTo(403);
        assertThat(chat(app, body(bot.id(), bot.id(), "own channel", null)).status())
                .as("the sender's own channel needs no channel:bot").isEqualTo(200);

        twitch.issueToken(streamer.id(), "channel:bot");
        assertThat(chat(app, body(streamer.id(), bot.id(), "now allowed", null)).status()).isEqualTo(200);
    }

    @Test
    void badChatBodiesAre400sWithTwitchsBody() {
        MockUser streamer = twitch.createUser("bad_body_streamer");
        MockUser bot = twitch.createUser("bad_body_bot", "user:write:chat");

        assertBadRequest(http.postJson(helix("/chat/messages"), "{not json", auth(bot.accessToken())));
        assertBadRequest(http.postJson(helix("/chat/messages"), "[]", auth(bot.accessToken())));
        assertBadRequest(chat(bot.accessToken(), body(streamer.id(), bot.id(), "", null)));
        assertBadRequest(chat(bot.accessToken(), body(streamer.id(), bot.id(), "x".repeat(501), null)));
        assertBadRequest(chat(bot.accessToken(), body("424242", bot.id(), "hi", null)));
        assertBadRequest(http.postJson(helix("/chat/messages"),
                "{\"broadcaster_id\":" + streamer.id() + ",\"sender_id\":\"" + bot.id() + "\",\"message\":\"hi\"}",
                auth(bot.accessToken())));
    }

    private static void assertBadRequest(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("Bad Request");
        assertThat(response.json().get("message").asString()).isNotBlank();
    }

    private static Map<String, Object> body(String broadcasterId, String senderId, String message, String replyTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("broadcaster_id", broadcasterId);
        body.put("sender_id", senderId);
        body.put("message", message);
        if (replyTo != null) {
            body.put("reply_parent_message_id", replyTo);
        }
        return body;
    }

    private static TestHttp.Response chat(String token, Map<String, Object> body) {
        return http.postJson(helix("/chat/messages"), TestHttp.json(body), auth(token));
    }

    private static TestHttp.Response get(String pathAndQuery, String token) {
        return http.get(helix(pathAndQuery), auth(token));
    }

    private static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token, "Client-Id", twitch.clientId()};
    }

    private static URI helix(String pathAndQuery) {
        return URI.create(twitch.urls().helix() + pathAndQuery);
    }
}
