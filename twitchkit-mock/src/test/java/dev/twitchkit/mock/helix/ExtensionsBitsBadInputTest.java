package dev.twitchkit.mock.helix;

import static dev.twitchkit.mock.helix.ExtensionJwtGateTest.sign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the Extensions, Bits, Analytics and Entitlements routes gets Twitch's 4xx (never a 500), and the
 * mock keeps answering.
 */
class ExtensionsBitsBadInputTest {
    static final TestHttp HTTP = new TestHttp();
    static MockTwitch twitch;
    static MockUser owner;
    static MockUser streamer;
    static MockExtension extension;
    static String appToken;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        owner = twitch.createUser("owner", "bits:read", "analytics:read:extensions", "analytics:read:games");
        streamer = twitch.createUser("streamer", "bits:read");
        appToken = twitch.issueAppToken();
        assertThat(call("PUT", "/bits/extensions", oauth(appToken), "{\"sku\":\"a\",\"cost\":{\"amount\":1,"
                + "\"type\":\"bits\"},\"display_name\":\"A\"}")).as("not an extension yet").isEqualTo(400);
        extension = twitch.registerExtension(owner.id());
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void configurationRoutesRejectBadSegmentsBodiesAndForeignExtensions() {
        String jwt = jwt(Map.of());
        assertThat(call("GET", "/extensions/configurations?segment=global", jwt, null)).isEqualTo(400);
        assertThat(call("GET", "/extensions/configurations?segment=nope&extension_id=" + extension.id(), jwt,
                null)).isEqualTo(400);
        assertThat(call("GET", "/extensions/configurations?segment=developer&extension_id=" + extension.id(), jwt,
                null)).isEqualTo(400);
        assertThat(call("GET", "/extensions/configurations?segment=global&extension_id=other", jwt, null))
                .isEqualTo(401);
        assertThat(call("PUT", "/extensions/configurations", jwt, "not json")).isEqualTo(400);
        assertThat(call("PUT", "/extensions/configurations", jwt, "{\"extension_id\":\"" + extension.id()
                + "\",\"segment\":\"broadcaster\"}")).isEqualTo(400);
        assertThat(call("PUT", "/extensions/configurations", jwt, "{\"extension_id\":\"" + extension.id()
                + "\",\"segment\":\"global\",\"content\":\"" + "x".repeat(5121) + "\"}")).isEqualTo(400);
        assertThat(call("PUT", "/extensions/configurations", jwt, "{\"extension_id\":\"" + extension.id()
                + "\",\"segment\":\"global\",\"content\":5}")).isEqualTo(400);
        assertThat(call("PUT", "/extensions/configurations", jwt, "{\"extension_id\":\"" + extension.id()
                + "\",\"segment\":\"global\",\"content\":\"" + "x".repeat(2_000_000) + "\"}"))
                .as("a 2 MB body").isEqualTo(400);
        assertThat(call("PUT", "/extensions/required_configuration", jwt, "{\"extension_id\":\"" + extension.id()
                + "\",\"extension_version\":\"1\",\"required_configuration\":\"x\"}")).isEqualTo(400);
        assertThat(call("PUT", "/extensions/required_configuration?broadcaster_id=" + streamer.id(), jwt,
                "{\"extension_id\":\"" + extension.id() + "\"}")).isEqualTo(400);
    }

    @Test
    void pubSubAndChatCheckTheirClaimsTargetsAndSizes() {
        String channelJwt = jwt(Map.of("channel_id", streamer.id(), "pubsub_perms", Map.of("send",
                List.of("broadcast"))));
        String pubsub = "/extensions/pubsub";
        assertThat(call("POST", pubsub, channelJwt, "{\"broadcaster_id\":\"" + streamer.id()
                + "\",\"message\":\"m\"}")).isEqualTo(400);
        assertThat(call("POST", pubsub, channelJwt, "{\"target\":[\"everyone\"],\"broadcaster_id\":\""
                + streamer.id() + "\",\"message\":\"m\"}")).isEqualTo(400);
        assertThat(call("POST", pubsub, channelJwt, "{\"target\":[\"global\"],\"is_global_broadcast\":true,"
                + "\"broadcaster_id\":\"" + streamer.id() + "\",\"message\":\"m\"}")).isEqualTo(400);
        assertThat(call("POST", pubsub, channelJwt, "{\"target\":[\"broadcast\"],\"broadcaster_id\":\""
                + owner.id() + "\",\"message\":\"m\"}")).as("channel_id claim differs").isEqualTo(401);
        assertThat(call("POST", pubsub, channelJwt, "{\"target\":[\"whisper-1\"],\"broadcaster_id\":\""
                + streamer.id() + "\",\"message\":\"m\"}")).as("target not in pubsub_perms").isEqualTo(401);
        assertThat(call("POST", pubsub, channelJwt, "{\"target\":[\"broadcast\"],\"broadcaster_id\":\""
                + streamer.id() + "\",\"message\":\"" + "x".repeat(5121) + "\"}")).isEqualTo(422);
        assertThat(call("POST", pubsub, channelJwt, "{\"target\":[\"broadcast\"],\"broadcaster_id\":\""
                + streamer.id() + "\",\"message\":\"ok\"}")).isEqualTo(204);

        String chat = "/extensions/chat?broadcaster_id=" + streamer.id();
        String body = "{\"extension_id\":\"" + extension.id() + "\",\"extension_version\":\"0.0.1\",\"text\":\"";
        assertThat(call("POST", chat, channelJwt, body + "x".repeat(281) + "\"}")).isEqualTo(400);
        assertThat(call("POST", chat, jwt(Map.of()), body + "hi\"}")).as("no channel_id claim").isEqualTo(401);
        assertThat(call("POST", "/extensions/chat", channelJwt, body + "hi\"}")).isEqualTo(400);
        assertThat(call("POST", chat, channelJwt, "{\"text\":\"hi\"}")).isEqualTo(400);
    }

    @Test
    void secretsLiveChannelsAndReleasedExtensionsRejectBadParameters() {
        String jwt = jwt(Map.of());
        String secrets = "/extensions/jwt/secrets?extension_id=" + extension.id();
        assertThat(call("POST", secrets + "&delay=10", jwt, null)).isEqualTo(400);
        assertThat(call("POST", secrets + "&delay=soon", jwt, null)).isEqualTo(400);
        assertThat(call("POST", "/extensions/jwt/secrets", jwt, null)).isEqualTo(400);
        assertThat(call("GET", "/extensions", jwt, null)).isEqualTo(400);

        String app = oauth(appToken);
        assertThat(call("GET", "/extensions/live", app, null)).isEqualTo(400);
        assertThat(call("GET", "/extensions/live?extension_id=" + extension.id(), app, null))
                .as("nobody live").isEqualTo(404);
        twitch.setExtensionLive(streamer.id(), "live");
        assertThat(call("GET", "/extensions/live?extension_id=" + extension.id() + "&after=bogus", app, null))
                .isEqualTo(400);
        assertThat(call("GET", "/extensions/live?extension_id=" + extension.id() + "&first=101", app, null))
                .isEqualTo(400);
        assertThat(call("GET", "/extensions/released?extension_id=unknown", app, null)).isEqualTo(404);
        assertThat(call("GET", "/extensions/released", app, null)).isEqualTo(400);
    }

    @Test
    void bitsProductsNeedTheExtensionsAppTokenAndValidFields() {
        String app = oauth(appToken);
        String user = oauth(owner.accessToken());
        String product = "{\"sku\":\"ok\",\"cost\":{\"amount\":1,\"type\":\"bits\"},\"display_name\":\"A\"}";
        assertThat(call("PUT", "/bits/extensions", user, product)).isEqualTo(401);
        assertThat(call("GET", "/bits/extensions", user, null)).isEqualTo(401);
        assertThat(call("PUT", "/bits/extensions", app, product.replace("\"ok\"", "\"has space\"")))
                .isEqualTo(400);
        assertThat(call("PUT", "/bits/extensions", app, product.replace("\"amount\":1", "\"amount\":0")))
                .isEqualTo(400);
        assertThat(call("PUT", "/bits/extensions", app, product.replace("\"bits\"", "\"gold\""))).isEqualTo(400);
        assertThat(call("PUT", "/bits/extensions", app, product.replace(",\"display_name\":\"A\"", "")))
                .isEqualTo(400);
        String badExpiration = product.replace("\"A\"}", "\"A\",\"expiration\":\"later\"}");
        assertThat(call("PUT", "/bits/extensions", app, badExpiration)).isEqualTo(400);
        assertThat(call("GET", "/bits/extensions?should_include_all=maybe", app, null)).isEqualTo(400);
        assertThat(call("PUT", "/bits/extensions", app, product)).isEqualTo(200);
    }

    @Test
    void bitsRoutesRejectBadPeriodsCountsIdsAndTokens() {
        String user = oauth(streamer.accessToken());
        String app = oauth(appToken);
        assertThat(call("GET", "/bits/leaderboard", app, null)).isEqualTo(401);
        assertThat(call("GET", "/bits/leaderboard?period=decade", user, null)).isEqualTo(400);
        assertThat(call("GET", "/bits/leaderboard?period=day", user, null)).isEqualTo(400);
        assertThat(call("GET", "/bits/leaderboard?period=day&started_at=yesterday", user, null)).isEqualTo(400);
        assertThat(call("GET", "/bits/leaderboard?count=0", user, null)).isEqualTo(400);
        assertThat(call("GET", "/bits/leaderboard?count=101", user, null)).isEqualTo(400);
        assertThat(call("GET", "/bits/cheermotes?broadcaster_id=unknown", user, null)).isEqualTo(200);

        String transactions = "/extensions/transactions?extension_id=";
        assertThat(call("GET", transactions + "someone-else", app, null)).isEqualTo(401);
        assertThat(call("GET", transactions + extension.id(), user, null)).isEqualTo(401);
        assertThat(call("GET", transactions + extension.id() + "&id=missing", app, null)).isEqualTo(404);
        assertThat(call("GET", transactions + extension.id() + "&id=x".repeat(101), app, null)).isEqualTo(400);
        assertThat(call("GET", "/extensions/transactions", app, null)).isEqualTo(400);

        assertThat(call("GET", "/bits/custom_power_ups?broadcaster_id=" + owner.id(), user, null)).isEqualTo(401);
        assertThat(call("GET", "/bits/custom_power_ups", user, null)).isEqualTo(400);
        assertThat(call("GET", "/bits/custom_power_ups?broadcaster_id=" + streamer.id() + "&id=x".repeat(51),
                user, null)).isEqualTo(400);
    }

    @Test
    void analyticsAndEntitlementsRejectBadWindowsStatusesAndBodies() {
        String user = oauth(owner.accessToken());
        String app = oauth(appToken);
        assertThat(call("GET", "/analytics/extensions?started_at=2026-01-01T00:00:00Z", user, null)).isEqualTo(400);
        assertThat(call("GET", "/analytics/games?started_at=2026-02-01T00:00:00Z&ended_at=2026-01-01T00:00:00Z",
                user, null)).isEqualTo(400);
        assertThat(call("GET", "/analytics/extensions?extension_id=unknown", user, null)).isEqualTo(404);
        assertThat(call("GET", "/analytics/extensions?type=weekly", user, null)).isEqualTo(400);
        assertThat(call("GET", "/analytics/games?started_at=x&ended_at=y", user, null)).isEqualTo(400);
        assertThat(call("GET", "/analytics/games", app, null)).isEqualTo(401);

        assertThat(call("GET", "/entitlements/drops?fulfillment_status=LOST", app, null)).isEqualTo(400);
        assertThat(call("GET", "/entitlements/drops?user_id=" + streamer.id(), user, null)).isEqualTo(400);
        assertThat(call("GET", "/entitlements/drops?first=1001", app, null)).isEqualTo(400);
        assertThat(call("PATCH", "/entitlements/drops", app, "[]")).isEqualTo(400);
        assertThat(call("PATCH", "/entitlements/drops", app, "{\"entitlement_ids\":[\"a\"],"
                + "\"fulfillment_status\":\"LOST\"}")).isEqualTo(400);
        assertThat(call("PATCH", "/entitlements/drops", app, "{\"fulfillment_status\":\"FULFILLED\"}"))
                .isEqualTo(400);
        StringBuilder ids = new StringBuilder("\"a\"");
        for (int i = 0; i < 100; i++) {
            ids.append(",\"a\"");
        }
        assertThat(call("PATCH", "/entitlements/drops", app, "{\"entitlement_ids\":[" + ids
                + "],\"fulfillment_status\":\"FULFILLED\"}")).isEqualTo(400);
        assertThat(call("PATCH", "/entitlements/drops", app, "{\"entitlement_ids\":[5,\"\"],"
                + "\"fulfillment_status\":\"FULFILLED\"}")).as("ids that are no ids: INVALID_ID").isEqualTo(200);
        assertThat(call("GET", "/entitlements/drops", app, null)).as("the mock keeps answering").isEqualTo(200);
    }

    /** An external JWT of the owner with {@code extra} claims. */
    private static String jwt(Map<String, Object> extra) {
        Map<String, Object> claims = ExtensionJwtGateTest.claims(twitch, owner.id(), 60);
        claims.putAll(extra);
        return "jwt:" + sign(extension.secret(), claims);
    }

    private static String oauth(String token) {
        return "oauth:" + token;
    }

    /** The status of one request; {@code credential} is {@code jwt:…} or {@code oauth:…}. */
    private static int call(String method, String pathAndQuery, String credential, String body) {
        String token = credential.substring(credential.indexOf(':') + 1);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twitch.urls().helix() + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Client-Id", credential.startsWith("jwt:") ? extension.id() : twitch.clientId())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request).status();
    }
}
