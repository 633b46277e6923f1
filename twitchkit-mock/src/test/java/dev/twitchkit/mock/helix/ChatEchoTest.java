package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.WsProbe;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A message sent to chat comes back as a {@code channel.chat.message} notification, as on Twitch. */
class ChatEchoTest {
    final TestHttp http = new TestHttp();

    @Test
    void aSentMessageAndAReplyToItAreEchoedToTheChannelsSubscribers() throws Exception {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("echo_streamer");
            MockUser bot = twitch.createUser("Echo_Bot", "user:read:chat", "user:write:chat");
            WsProbe socket = WsProbe.connect(twitch.urls().eventSubWebSocket());
            String sessionId = socket.welcomeSessionId();
            TestHttp.Response subscribed = http.postJson(URI.create(twitch.urls().helix() + "/eventsub/subscriptions"),
                    TestHttp.json(Map.of("type", "channel.chat.message", "version", "1",
                            "condition", Map.of("broadcaster_user_id", streamer.id(), "user_id", bot.id()),
                            "transport", Map.of("method", "websocket", "session_id", sessionId))),
                    auth(twitch, bot));
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(202);

            String firstId = send(twitch, bot, streamer, "hello chat", null);
            JsonNode first = socket.nextOfType("notification").get("payload").get("event");
            assertThat(first.get("message_id").asString()).isEqualTo(firstId);
            assertThat(first.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
            assertThat(first.get("chatter_user_id").asString()).isEqualTo(bot.id());
            assertThat(first.get("chatter_user_login").asString()).isEqualTo("echo_bot");
            assertThat(first.get("message").get("text").asString()).isEqualTo("hello chat");
            assertThat(first.get("message").get("fragments").get(0).get("text").asString()).isEqualTo("hello chat");
            assertThat(first.get("message_type").asString()).isEqualTo("text");
            assertThat(first.get("reply").isNull()).isTrue();

            send(twitch, bot, streamer, "answering", firstId);
            JsonNode reply = socket.nextOfType("notification").get("payload").get("event").get("reply");
            assertThat(reply.get("parent_message_id").asString()).isEqualTo(firstId);
            assertThat(reply.get("parent_message_body").asString()).isEqualTo("hello chat");
            assertThat(reply.get("parent_user_login").asString()).isEqualTo("echo_bot");
        }
    }

    private String send(MockTwitch twitch, MockUser bot, MockUser streamer, String text, String replyTo) {
        Map<String, String> body = replyTo == null
                ? Map.of("broadcaster_id", streamer.id(), "sender_id", bot.id(), "message", text)
                : Map.of("broadcaster_id", streamer.id(), "sender_id", bot.id(), "message", text,
                        "reply_parent_message_id", replyTo);
        TestHttp.Response sent = http.postJson(URI.create(twitch.urls().helix() + "/chat/messages"),
                TestHttp.json(body), auth(twitch, bot));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("data").get(0).get("message_id").asString();
    }

    private static String[] auth(MockTwitch twitch, MockUser user) {
        return new String[] {"Authorization", "Bearer " + user.accessToken(), "Client-Id", twitch.clientId()};
    }
}
