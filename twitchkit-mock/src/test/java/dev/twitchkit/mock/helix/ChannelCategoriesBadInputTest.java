package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the Channels, Channel Points, Raids, Ads, Subscriptions, Charity, Goals and Hype Train routes: each
 * gets Twitch's 4xx with a message, never a 500, and the mock keeps answering.
 */
class ChannelCategoriesBadInputTest {
    static final String ALL_SCOPES = "channel:manage:broadcast channel:read:editors user:read:follows "
            + "moderator:read:followers channel:manage:redemptions channel:manage:raids channel:edit:commercial "
            + "channel:read:ads channel:manage:ads channel:read:subscriptions user:read:subscriptions "
            + "channel:read:charity channel:read:goals channel:read:hype_train";
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();
    static MockUser streamer;
    static MockUser other;
    static String appToken;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        streamer = twitch.createUser("Streamer", ALL_SCOPES.split(" "));
        other = twitch.createUser("Other", ALL_SCOPES.split(" "));
        twitch.setBroadcasterType(streamer.id(), "affiliate");
        appToken = twitch.issueAppToken();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @AfterEach
    void stillUp() {
        assertThat(call("GET", "/channels?broadcaster_id=" + streamer.id(), null, appToken).status())
                .isEqualTo(200);
    }

    @Test
    void channels() {
        String me = "?broadcaster_id=" + streamer.id();
        expect(400, "GET", "/channels", null);
        expect(400, "GET", "/channels?" + "broadcaster_id=1&".repeat(101), null);
        expect(400, "PATCH", "/channels" + me, "{}");
        expect(400, "PATCH", "/channels" + me, "not json");
        expect(400, "PATCH", "/channels" + me, "[1,2]");
        expect(400, "PATCH", "/channels" + me, "{\"title\":\"\"}");
        expect(400, "PATCH", "/channels" + me, "{\"title\":\"" + "x".repeat(141) + "\"}");
        expect(400, "PATCH", "/channels" + me, "{\"title\":\"" + "x".repeat(2_000_000) + "\"}");
        expect(400, "PATCH", "/channels" + me, "{\"title\":7}");
        expect(400, "PATCH", "/channels" + me, "{\"game_id\":\"999999999\"}");
        expect(400, "PATCH", "/channels" + me, "{\"delay\":30}");
        expect(400, "PATCH", "/channels" + me, "{\"delay\":\"long\"}");
        expect(400, "PATCH", "/channels" + me, "{\"tags\":\"one\"}");
        expect(400, "PATCH", "/channels" + me, "{\"tags\":[" + String.join(",",
                Collections.nCopies(11, "\"tag\"")) + "]}");
        expect(400, "PATCH", "/channels" + me, "{\"tags\":[\"two words\"]}");
        expect(400, "PATCH", "/channels" + me, "{\"tags\":[\"" + "t".repeat(26) + "\"]}");
        expect(400, "PATCH", "/channels" + me, "{\"tags\":[\"\"]}");
        expect(400, "PATCH", "/channels" + me, "{\"content_classification_labels\":[{\"id\":\"Nope\","
                + "\"is_enabled\":true}]}");
        expect(400, "PATCH", "/channels" + me, "{\"content_classification_labels\":[\"Gambling\"]}");
        expect(403, "PATCH", "/channels" + me, "{\"content_classification_labels\":[{\"id\":\"MatureGame\","
                + "\"is_enabled\":true}]}");
        expect(401, "PATCH", "/channels?broadcaster_id=" + other.id(), "{\"title\":\"hi\"}");
        assertThat(call("PATCH", "/channels" + me, "{\"title\":\"hi\"}", appToken).status()).isEqualTo(401);
        expect(400, "GET", "/channels/editors", null);
        expect(401, "GET", "/channels/editors?broadcaster_id=" + other.id(), null);
        expect(400, "GET", "/channels/followed", null);
        expect(400, "GET", "/channels/followed?user_id=" + streamer.id() + "&first=101", null);
        expect(400, "GET", "/channels/followed?user_id=" + streamer.id() + "&first=many", null);
        expect(400, "GET", "/channels/followed?user_id=" + streamer.id() + "&after=garbage", null);
        expect(400, "GET", "/channels/followers", null);
        expect(400, "GET", "/channels/followers?broadcaster_id=404404404", null);
        assertThat(call("GET", "/channels/followers?broadcaster_id=" + streamer.id(), null, appToken).status())
                .isEqualTo(401);
    }

    @Test
    void channelPoints() {
        String rewards = "/channel_points/custom_rewards?broadcaster_id=" + streamer.id();
        expect(400, "POST", rewards, "{}");
        expect(400, "POST", rewards, "{\"title\":\"Only a title\"}");
        expect(400, "POST", rewards, "{\"title\":\"Free\",\"cost\":0}");
        expect(400, "POST", rewards, "{\"title\":\"Text cost\",\"cost\":\"ten\"}");
        expect(400, "POST", rewards, "{\"title\":\"" + "x".repeat(46) + "\",\"cost\":1}");
        expect(400, "POST", rewards, "{\"title\":\"Ask\",\"cost\":1,\"prompt\":\"" + "p".repeat(201) + "\"}");
        expect(400, "POST", rewards, "{\"title\":\"Limit\",\"cost\":1,\"is_max_per_stream_enabled\":true}");
        expect(400, "POST", rewards, "{\"title\":\"Cool\",\"cost\":1,\"is_global_cooldown_enabled\":true,"
                + "\"global_cooldown_seconds\":0}");
        expect(400, "POST", rewards, "[]");
        expect(403, "POST", "/channel_points/custom_rewards?broadcaster_id=" + other.id(), "{}", other);
        expect(400, "DELETE", rewards, null);
        expect(404, "DELETE", rewards + "&id=nope", null);
        expect(404, "PATCH", rewards + "&id=nope", "{\"cost\":5}");
        expect(400, "GET", rewards + "&" + "id=x&".repeat(51), null);
        expect(400, "GET", rewards + "&only_manageable_rewards=maybe", null);
        String redemptions = "/channel_points/custom_rewards/redemptions?broadcaster_id=" + streamer.id();
        expect(400, "GET", redemptions, null);
        expect(400, "GET", redemptions + "&reward_id=r", null);
        expect(400, "GET", redemptions + "&reward_id=r&status=DONE", null);
        expect(400, "GET", redemptions + "&reward_id=r&status=CANCELED&sort=RANDOM", null);
        expect(404, "GET", redemptions + "&reward_id=r&status=CANCELED", null);
        expect(400, "PATCH", redemptions + "&reward_id=r", "{\"status\":\"FULFILLED\"}");
        expect(400, "PATCH", redemptions + "&reward_id=r&id=1", "{\"status\":\"UNFULFILLED\"}");
        expect(400, "PATCH", redemptions + "&reward_id=r&id=1", "{}");
        for (int i = 0; i < 50; i++) {
            expect(200, "POST", rewards, "{\"title\":\"Reward " + i + "\",\"cost\":1}");
        }
        expect(400, "POST", rewards, "{\"title\":\"One too many\",\"cost\":1}");
        expect(400, "POST", rewards, "{\"title\":\"reward 1\",\"cost\":1}");
    }

    @Test
    void raidsAndAds() {
        String raids = "/raids?from_broadcaster_id=" + streamer.id();
        expect(400, "POST", raids, null);
        expect(400, "POST", raids + "&to_broadcaster_id=" + streamer.id(), null);
        expect(404, "POST", raids + "&to_broadcaster_id=404404404", null);
        expect(401, "POST", "/raids?from_broadcaster_id=" + other.id() + "&to_broadcaster_id=" + streamer.id(),
                null);
        expect(404, "DELETE", "/raids?broadcaster_id=" + streamer.id(), null);
        expect(400, "DELETE", "/raids", null);
        expect(200, "POST", raids + "&to_broadcaster_id=" + other.id(), null);
        expect(409, "POST", raids + "&to_broadcaster_id=" + other.id(), null);
        // 3 raid requests so far; 7 more reach the limit of 10 in 10 minutes.
        for (int i = 0; i < 7; i++) {
            call("DELETE", "/raids?broadcaster_id=" + streamer.id(), null, streamer.accessToken());
        }
        expect(429, "POST", raids + "&to_broadcaster_id=" + other.id(), null);

        expect(400, "POST", "/channels/commercial", "{}");
        expect(400, "POST", "/channels/commercial", "{\"broadcaster_id\":\"" + streamer.id() + "\"}");
        expect(400, "POST", "/channels/commercial", "{\"broadcaster_id\":\"" + streamer.id() + "\",\"length\":0}");
        expect(400, "POST", "/channels/commercial", "{\"broadcaster_id\":\"" + streamer.id()
                + "\",\"length\":\"long\"}");
        expect(401, "POST", "/channels/commercial", "{\"broadcaster_id\":\"" + other.id() + "\",\"length\":30}");
        expect(400, "POST", "/channels/commercial", "garbage");
        expect(400, "GET", "/channels/ads", null);
        expect(401, "GET", "/channels/ads?broadcaster_id=" + other.id(), null);
        assertThat(call("GET", "/channels/ads?broadcaster_id=" + streamer.id(), null, appToken).status())
                .isEqualTo(401);
        expect(400, "POST", "/channels/ads/schedule/snooze", null);
    }

    @Test
    void subscriptionsCharityGoalsAndHypeTrain() {
        String subs = "/subscriptions?broadcaster_id=" + streamer.id();
        expect(400, "GET", "/subscriptions", null);
        expect(401, "GET", "/subscriptions?broadcaster_id=" + other.id(), null);
        expect(400, "GET", subs + "&" + "user_id=1&".repeat(101), null);
        expect(400, "GET", subs + "&user_id=1&after=abc", null);
        expect(400, "GET", subs + "&first=0", null);
        expect(400, "GET", "/subscriptions/user?user_id=" + streamer.id(), null);
        expect(400, "GET", "/subscriptions/user?broadcaster_id=" + other.id(), null);
        expect(404, "GET", "/subscriptions/user?broadcaster_id=" + other.id() + "&user_id=" + streamer.id(), null);
        expect(400, "GET", "/charity/campaigns", null);
        expect(403, "GET", "/charity/campaigns?broadcaster_id=" + other.id(), null, other);
        expect(400, "GET", "/charity/donations?broadcaster_id=" + streamer.id() + "&first=500", null);
        expect(400, "GET", "/goals", null);
        expect(401, "GET", "/goals?broadcaster_id=" + other.id(), null);
        expect(400, "GET", "/hypetrain/status", null);
        assertThat(call("GET", "/hypetrain/status?broadcaster_id=" + streamer.id(), null, appToken).status())
                .isEqualTo(401);
        MockUser scopeless = twitch.createUser("Scopeless");
        TestHttp.Response missing = call("GET", "/goals?broadcaster_id=" + scopeless.id(), null,
                scopeless.accessToken());
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("message").asString()).isEqualTo("Missing scope: channel:read:goals");
    }

    private static void expect(int status, String method, String path, String body) {
        expect(status, method, path, body, streamer);
    }

    private static void expect(int status, String method, String path, String body, MockUser user) {
        TestHttp.Response response = call(method, path, body, user.accessToken());
        String shown = path.length() > 120 ? path.substring(0, 120) + "…" : path;
        assertThat(response.status()).as(method + " " + shown + " " + abbreviate(body)).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.json().get("message").asString()).as("Twitch's message").isNotBlank();
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 120 ? String.valueOf(body) : body.substring(0, 120) + "…";
    }

    private static TestHttp.Response call(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twitch.urls().helix() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Client-Id", twitch.clientId());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request);
    }
}
