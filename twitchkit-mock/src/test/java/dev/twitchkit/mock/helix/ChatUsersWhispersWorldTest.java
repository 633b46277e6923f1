package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.Helix;
import dev.twitchkit.mock.eventsub.WsProbe;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The world behind the Chat, Users and Whispers routes: cooldowns on the mock's clock, paging, Twitch's rules. */
class ChatUsersWhispersWorldTest {
    private static MockTwitch twitch;
    private static Helix helix;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        helix = new Helix(twitch);
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void shoutoutCooldownsRunOnTheMocksClock() {
        MockUser giver = twitch.createUser("cooldown_giver", "moderator:manage:shoutouts");
        String first = twitch.createUser("cooldown_a").id();
        String second = twitch.createUser("cooldown_b").id();

        assertThat(shoutout(giver, first).status()).isEqualTo(204);
        Helix.Reply tooSoon = shoutout(giver, second);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.message()).contains("within a given window");

        twitch.clock().advance(Duration.ofMinutes(2));
        assertThat(shoutout(giver, first).status()).as("the same channel within 60 minutes").isEqualTo(429);
        assertThat(shoutout(giver, second).status()).isEqualTo(204);

        twitch.clock().advance(Duration.ofMinutes(60));
        assertThat(shoutout(giver, first).status()).isEqualTo(204);
    }

    @Test
    void oneAnnouncementEveryTwoSecondsPerSenderAndChannel() {
        MockUser streamer = twitch.createUser("announcer", "moderator:manage:announcements");
        String path = "/chat/announcements?broadcaster_id=" + streamer.id() + "&moderator_id=" + streamer.id();

        assertThat(helix.call("POST", path, streamer.accessToken(), "{\"message\":\"one\"}").status()).isEqualTo(204);
        Helix.Reply tooSoon = helix.call("POST", path, streamer.accessToken(), "{\"message\":\"two\"}");
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.message()).contains("announcements");

        twitch.clock().advance(Duration.ofSeconds(2));
        assertThat(helix.call("POST", path, streamer.accessToken(), "{\"message\":\"two\"}").status()).isEqualTo(204);
    }

    private static Helix.Reply shoutout(MockUser giver, String to) {
        return helix.call("POST", "/chat/shoutouts?from_broadcaster_id=" + giver.id() + "&to_broadcaster_id=" + to
                + "&moderator_id=" + giver.id(), giver.accessToken(), null);
    }

    @Test
    void chattersArePagedWithTheTotal() {
        MockUser streamer = twitch.createUser("paged_streamer", "moderator:read:chatters");
        for (int i = 0; i < 3; i++) {
            twitch.addChatter(streamer.id(), twitch.createUser("paged_chatter" + i).id());
        }
        String base = "/chat/chatters?broadcaster_id=" + streamer.id() + "&moderator_id=" + streamer.id();

        JsonNode first = helix.call("GET", base + "&first=2", streamer.accessToken(), null).body();
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("data")).hasSize(2);
        assertThat(first.get("data").get(0).get("user_login").asString()).isEqualTo("paged_chatter0");
        JsonNode second = helix.call("GET", base + "&first=2&after="
                + first.get("pagination").get("cursor").asString(), streamer.accessToken(), null).body();
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.get("pagination").has("cursor")).isFalse();
    }

    @Test
    void aWhisperIsCutTo500UnlessTheRecipientWhisperedTheSenderBefore() {
        MockUser a = twitch.createUser("whisper_a", "user:manage:whispers");
        MockUser b = twitch.createUser("whisper_b", "user:manage:whispers");
        String longText = "z".repeat(800);
        try (WsProbe probe = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            helix.subscribeOk(b.accessToken(), "user.whisper.message", "1", "{\"user_id\":\"" + b.id() + "\"}",
                    probe.welcomeSessionId());

            assertThat(whisper(a, b, longText).status()).isEqualTo(204);
            assertThat(event(probe).get("whisper").get("text").asString()).hasSize(500);
            assertThat(whisper(b, a, "hello back").status()).isEqualTo(204);
            assertThat(whisper(a, b, longText).status()).isEqualTo(204);
            JsonNode whole = event(probe);
            assertThat(whole.get("whisper").get("text").asString()).isEqualTo(longText);
            assertThat(whole.get("from_user_id").asString()).isEqualTo(a.id());
            assertThat(whole.get("to_user_login").asString()).isEqualTo("whisper_b");
            assertThat(whisper(a, b, "x".repeat(10_001)).status()).isEqualTo(204);
            assertThat(event(probe).get("whisper").get("text").asString()).hasSize(10_000);
        }
    }

    private static JsonNode event(WsProbe probe) {
        return probe.nextOfType("notification").get("payload").get("event");
    }

    private static Helix.Reply whisper(MockUser from, MockUser to, String text) {
        return helix.call("POST", "/whispers?from_user_id=" + from.id() + "&to_user_id=" + to.id(),
                from.accessToken(), "{\"message\":\"" + text + "\"}");
    }

    @Test
    void slowAndFollowerModeTakeTwitchsDefaultDurations() {
        MockUser streamer = twitch.createUser("defaults", "moderator:manage:chat_settings");

        JsonNode settings = helix.call("PATCH", "/chat/settings?broadcaster_id=" + streamer.id() + "&moderator_id="
                + streamer.id(), streamer.accessToken(), "{\"slow_mode\":true,\"follower_mode\":true}").body()
                .get("data").get(0);

        assertThat(settings.get("slow_mode_wait_time").asInt()).isEqualTo(30);
        assertThat(settings.get("follower_mode_duration").asInt()).isZero();
        assertThat(settings.get("moderator_id").asString()).isEqualTo(streamer.id());
        JsonNode anonymous = helix.call("GET", "/chat/settings?broadcaster_id=" + streamer.id(),
                twitch.issueAppToken(), null).body().get("data").get(0);
        assertThat(anonymous.has("non_moderator_chat_delay")).isFalse();
        assertThat(anonymous.has("moderator_id")).isFalse();
    }

    @Test
    void usersATriggerMakesUpExistForGetUsers() {
        MockUser streamer = twitch.createUser("followed", "moderator:read:followers");
        try (WsProbe probe = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            helix.subscribeOk(streamer.accessToken(), "channel.follow", "2", "{\"broadcaster_user_id\":\""
                    + streamer.id() + "\",\"moderator_user_id\":\"" + streamer.id() + "\"}", probe.welcomeSessionId());

            twitch.trigger("channel.follow").to(streamer).send();

            JsonNode follow = event(probe);
            JsonNode users = helix.call("GET", "/users?id=" + follow.get("user_id").asString(),
                    streamer.accessToken(), null).body().get("data");
            assertThat(users).hasSize(1);
            assertThat(users.get(0).get("login").asString()).isEqualTo(follow.get("user_login").asString());
            assertThat(users.get(0).get("display_name").asString()).isEqualTo(follow.get("user_name").asString());
            assertThat(follow.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        }
    }
}
