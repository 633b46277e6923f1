package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockCounters;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TriggerTest {
    private MockTwitch twitch;
    private Helix helix;
    private WsProbe probe;
    private String session;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().requireSubscription(false).start();
        helix = new Helix(twitch);
        probe = WsProbe.connect(twitch.urls().eventSubWebSocket());
        session = probe.welcomeSessionId();
    }

    @AfterEach
    void stop() {
        probe.close();
        twitch.close();
    }

    private String follow(MockUser streamer) {
        return helix.subscribeOk(streamer.accessToken(), "channel.follow", "2", "{\"broadcaster_user_id\":\""
                + streamer.id() + "\",\"moderator_user_id\":\"" + streamer.id() + "\"}", session);
    }

    @Test
    void aNotificationHasTwitchsExactEnvelope() {
        MockUser streamer = twitch.createUser("Streamer", "moderator:read:followers");
        String subId = follow(streamer);
        List<String> ids = twitch.trigger("channel.follow").version("2").broadcaster(streamer.id()).send();
        assertThat(ids).hasSize(1);

        JsonNode m = probe.nextOfType("notification");
        assertThat(fieldNames(m)).containsExactly("metadata", "payload");
        JsonNode metadata = m.path("metadata");
        assertThat(fieldNames(metadata)).containsExactlyInAnyOrder("message_id", "message_type", "message_timestamp",
                "subscription_type", "subscription_version");
        assertThat(metadata.path("message_id").asString()).isEqualTo(ids.get(0));
        assertThat(metadata.path("message_timestamp").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
        assertThat(metadata.path("subscription_type").asString()).isEqualTo("channel.follow");
        assertThat(metadata.path("subscription_version").asString()).isEqualTo("2");

        JsonNode sub = m.path("payload").path("subscription");
        assertThat(fieldNames(sub)).containsExactlyInAnyOrder("id", "status", "type", "version", "cost", "condition",
                "transport", "created_at");
        assertThat(sub.path("id").asString()).isEqualTo(subId);
        assertThat(sub.path("status").asString()).isEqualTo("enabled");
        assertThat(sub.path("cost").asInt()).isZero();
        assertThat(sub.path("transport").path("method").asString()).isEqualTo("websocket");
        assertThat(sub.path("transport").path("session_id").asString()).isEqualTo(session);
        assertThat(sub.path("condition").path("moderator_user_id").asString()).isEqualTo(streamer.id());

        JsonNode event = m.path("payload").path("event");
        assertThat(event.path("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(event.path("broadcaster_user_login").asString()).isEqualTo("streamer");
        assertThat(event.path("broadcaster_user_name").asString()).isEqualTo("Streamer");
        assertThat(event.path("user_id").asString()).matches("\\d+").isNotEqualTo("8675");
        assertThat(event.path("user_login").asString()).isEqualTo("user" + event.path("user_id").asString());
        assertThat(Duration.between(Instant.parse(event.path("followed_at").asString()), Instant.now()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void everyRepetitionHasFreshIdsNamesAndMessageIds() {
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        follow(streamer);
        List<String> ids = twitch.trigger("channel.follow").to(streamer).repeat(20).send();
        assertThat(new HashSet<>(ids)).hasSize(20);
        Set<String> followers = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            JsonNode m = probe.nextOfType("notification");
            assertThat(m.path("metadata").path("message_id").asString()).isEqualTo(ids.get(i));
            followers.add(m.path("payload").path("event").path("user_id").asString());
        }
        assertThat(followers).hasSize(20);
        MockCounters counters = twitch.counters();
        assertThat(counters.sent()).isEqualTo(20);
        assertThat(ids).allSatisfy(id -> assertThat(counters.timesSent(id)).isEqualTo(1));
    }

    @Test
    void overridesWinIncludingNestedFieldsAndUserIds() {
        MockUser bot = twitch.createUser("bot", "user:read:chat");
        MockUser streamer = twitch.createUser("streamer");
        MockUser chatter = twitch.createUser("Chatter");
        helix.subscribeOk(bot.accessToken(), "channel.chat.message", "1", "{\"broadcaster_user_id\":\""
                + streamer.id() + "\",\"user_id\":\"" + bot.id() + "\"}", session);
        twitch.trigger("channel.chat.message").to(streamer).override("message.text", "hello there")
                .override("chatter_user_id", chatter.id()).override("color", "#00FF00").send();
        JsonNode event = probe.nextOfType("notification").path("payload").path("event");
        assertThat(event.path("message").path("text").asString()).isEqualTo("hello there");
        assertThat(event.path("chatter_user_id").asString()).isEqualTo(chatter.id());
        assertThat(event.path("chatter_user_login").asString()).isEqualTo("chatter");
        assertThat(event.path("chatter_user_name").asString()).isEqualTo("Chatter");
        assertThat(event.path("color").asString()).isEqualTo("#00FF00");
        assertThat(event.path("broadcaster_user_id").asString()).isEqualTo(streamer.id());
    }

    @Test
    void withNullsSendsTheVariantWithEveryNullableFieldNull() {
        MockUser bot = twitch.createUser("bot", "user:read:chat");
        MockUser streamer = twitch.createUser("streamer");
        helix.subscribeOk(bot.accessToken(), "channel.chat.notification", "1", "{\"broadcaster_user_id\":\""
                + streamer.id() + "\",\"user_id\":\"" + bot.id() + "\"}", session);

        twitch.trigger("channel.chat.notification").to(streamer).withNulls().send();

        JsonNode event = probe.nextOfType("notification").path("payload").path("event");
        assertThat(event.path("chatter_is_anonymous").asBoolean()).isTrue();
        assertThat(event.path("chatter_user_id").isNull()).isTrue();
        assertThat(event.path("resub").path("streak_months").isNull()).isTrue();
        assertThat(event.path("sub_gift").path("cumulative_total").isNull()).isTrue();
        assertThat(event.path("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThatThrownBy(() -> twitch.trigger("stream.online").to(streamer).withNulls().send())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field Twitch sends as null");
    }

    @Test
    void onlyMatchingEnabledSubscriptionsReceive() {
        MockUser a = twitch.createUser("a");
        MockUser b = twitch.createUser("b");
        helix.subscribeOk(a.accessToken(), "stream.online", "1", "{\"broadcaster_user_id\":\"" + a.id() + "\"}",
                session);
        assertThat(twitch.trigger("stream.online").to(b).send()).isEmpty();
        assertThat(twitch.trigger("stream.offline").to(a).send()).isEmpty();
        assertThat(twitch.trigger("stream.online").send()).hasSize(1);
        assertThat(twitch.trigger("stream.online").condition("broadcaster_user_id", a.id()).send()).hasSize(1);
    }

    @Test
    void badTriggersAreRefusedClearly() {
        assertThatThrownBy(() -> twitch.trigger("no.such.type")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.type");
        assertThatThrownBy(() -> twitch.trigger("stream.online").version("9").send())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twitch.trigger("stream.online").repeat(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twitch.trigger("channel.follow").version("1").send())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revocationIsSentOnceAndThenNothingMore() {
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        String subId = follow(streamer);
        twitch.session(session).revoke(subId, "authorization_revoked");
        JsonNode m = probe.nextOfType("revocation");
        assertThat(m.path("metadata").path("subscription_type").asString()).isEqualTo("channel.follow");
        assertThat(m.path("metadata").path("subscription_version").asString()).isEqualTo("2");
        assertThat(m.path("payload").path("subscription").path("id").asString()).isEqualTo(subId);
        assertThat(m.path("payload").path("subscription").path("status").asString()).isEqualTo("authorization_revoked");
        assertThat(m.path("payload").has("event")).isFalse();
        assertThat(twitch.trigger("channel.follow").to(streamer).send()).isEmpty();
        assertThat(twitch.subscriptions().get(0).status()).isEqualTo("authorization_revoked");
        assertThatThrownBy(() -> twitch.revoke(subId, "user_removed")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyRevocationStatusIsAccepted() {
        MockUser streamer = twitch.createUser("streamer");
        for (String status : List.of("user_removed", "authorization_revoked", "version_removed")) {
            String id = helix.subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            twitch.revoke(id, status);
            assertThat(probe.nextOfType("revocation").path("payload").path("subscription").path("status")
                    .asString()).isEqualTo(status);
        }
        String id = helix.subscribeOk(streamer.accessToken(), "stream.online", "1",
                "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
        assertThatThrownBy(() -> twitch.revoke(id, "because")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resendRepeatsTheSameMessageIdAndCountsIt() throws Exception {
        MockUser streamer = twitch.createUser("streamer");
        helix.subscribeOk(streamer.accessToken(), "stream.online", "1",
                "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
        String id = twitch.trigger("stream.online").to(streamer).send().get(0);
        String first = probe.texts.poll(5, TimeUnit.SECONDS);
        assertThat(twitch.resend(id)).isTrue();
        String second = probe.texts.poll(5, TimeUnit.SECONDS);
        assertThat(second).isEqualTo(first);
        assertThat(twitch.counters().timesSent(id)).isEqualTo(2);
        assertThat(twitch.counters().sent()).isEqualTo(2);
        twitch.resetCounters();
        assertThat(twitch.counters().sent()).isZero();
    }

    @Test
    void notificationsToADeadSessionAreNotSent() {
        MockUser streamer = twitch.createUser("streamer");
        helix.subscribeOk(streamer.accessToken(), "stream.online", "1",
                "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
        String id = twitch.trigger("stream.online").to(streamer).send().get(0);
        twitch.session(session).dropTcp();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> !twitch.session(session).connected());
        assertThat(twitch.trigger("stream.online").to(streamer).send()).isEmpty();
        assertThat(twitch.resend(id)).isFalse();
        assertThat(twitch.counters().dropped()).isEqualTo(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
