package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the Moderation routes gets Twitch's 4xx, never a 500, and the mock keeps answering; conflicts and
 * rules the library cannot check in advance answer as Twitch does.
 */
class ModerationRoutesTest {
    static final List<String> ROUTES = List.of("POST /moderation/enforcements/status",
            "POST /moderation/automod/message", "GET /moderation/automod/settings", "PUT /moderation/automod/settings",
            "GET /moderation/banned", "POST /moderation/bans", "DELETE /moderation/bans",
            "GET /moderation/unban_requests", "PATCH /moderation/unban_requests", "GET /moderation/blocked_terms",
            "POST /moderation/blocked_terms", "DELETE /moderation/blocked_terms", "DELETE /moderation/chat",
            "GET /moderation/channels", "GET /moderation/moderators", "POST /moderation/moderators",
            "DELETE /moderation/moderators", "GET /channels/vips", "POST /channels/vips", "DELETE /channels/vips",
            "PUT /moderation/shield_mode", "GET /moderation/shield_mode", "POST /moderation/warnings",
            "POST /moderation/suspicious_users", "DELETE /moderation/suspicious_users");
    static final String[] ALL_SCOPES = {"moderation:read", "moderator:manage:automod",
        "moderator:read:automod_settings", "moderator:manage:automod_settings", "moderator:manage:banned_users",
        "moderator:manage:unban_requests", "moderator:manage:blocked_terms", "moderator:manage:chat_messages",
        "user:read:moderated_channels", "channel:manage:moderators", "channel:manage:vips",
        "moderator:manage:shield_mode", "moderator:manage:warnings", "moderator:manage:suspicious_users"};

    static final TestHttp http = new TestHttp();
    static MockTwitch twitch;
    static MockUser streamer;
    static MockUser outsider;
    static MockUser viewer;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        streamer = twitch.createUser("streamer", ALL_SCOPES);
        outsider = twitch.createUser("outsider", ALL_SCOPES);
        viewer = twitch.createUser("viewer");
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    private TestHttp.Response send(String route, String query, String body, String token) {
        String[] methodAndPath = route.split(" ");
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return http.send(HttpRequest.newBuilder(URI.create(twitch.urls().helix() + methodAndPath[1] + query))
                .method(methodAndPath[0], publisher).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Client-Id", twitch.clientId()));
    }

    private TestHttp.Response asStreamer(String route, String query, String body) {
        return send(route, query, body, streamer.accessToken());
    }

    private String own() {
        return "?broadcaster_id=" + streamer.id() + "&moderator_id=" + streamer.id();
    }

    private static void assertStatus(TestHttp.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("message").asString()).contains(message);
    }

    @Test
    void everyRouteAnswersMissingParametersAndBadBodiesWithA4xxNeverA500AndTheMockStaysUp() {
        String huge = "{\"data\":{\"user_id\":\"" + "9".repeat(2_000_000) + "\"}}";
        for (String route : ROUTES) {
            for (String body : new String[] {null, "not json", "[1,2]", "{}", huge}) {
                String what = route + " with " + (body == null ? "no body" : body.length() > 20 ? "a huge body" : body);
                assertThat(asStreamer(route, "", body).status()).as(what + ", no parameters").isBetween(400, 499);
                assertThat(asStreamer(route, own() + "&user_id=" + viewer.id(), body).status())
                        .as(what + ", with ids").isLessThan(500);
            }
        }
        assertThat(asStreamer("GET /moderation/banned", "?broadcaster_id=" + streamer.id(), null).status())
                .isEqualTo(200);
    }

    @Test
    void anAppTokenIsRefusedWhereTwitchWantsAUserTokenAndAMissingScopeIsNamed() {
        String app = twitch.issueAppToken();
        for (String route : ROUTES.stream().filter(r -> !r.contains("suspicious")).toList()) {
            assertStatus(send(route, own(), "{}", app), 401, "user access token");
        }
        assertStatus(send("POST /moderation/bans", own(), "{}", viewer.accessToken()), 401,
                "Missing scope: moderator:manage:banned_users");
    }

    @Test
    void theTokensUserMustBeTheModeratorAndAModeratorOfTheChannel() {
        assertStatus(asStreamer("GET /moderation/blocked_terms", "?broadcaster_id=" + streamer.id()
                + "&moderator_id=" + outsider.id(), null), 401, "must match the user ID");
        assertStatus(send("GET /moderation/blocked_terms", "?broadcaster_id=" + streamer.id() + "&moderator_id="
                + outsider.id(), null, outsider.accessToken()), 403, "not one of the broadcaster's moderators");
        assertStatus(send("GET /moderation/moderators", "?broadcaster_id=" + streamer.id(), null,
                outsider.accessToken()), 401, "must match the user ID");
    }

    @Test
    void outOfRangeValuesGetTwitchsMessages() {
        String ban = "{\"data\":{\"user_id\":\"" + viewer.id() + "\",\"duration\":%s}}";
        assertStatus(asStreamer("POST /moderation/bans", own(), ban.formatted("0")), 400, "duration field is not valid");
        assertStatus(asStreamer("POST /moderation/bans", own(), ban.formatted("1209601")), 400, "not valid");
        assertStatus(asStreamer("POST /moderation/bans", own(), ban.formatted("\"ten\"")), 400, "not valid");
        assertStatus(asStreamer("POST /moderation/bans", own(), "{\"data\":{\"user_id\":\"" + viewer.id()
                + "\",\"reason\":\"" + "x".repeat(501) + "\"}}"), 400, "reason field is too long");
        assertStatus(asStreamer("POST /moderation/blocked_terms", own(), "{\"text\":\"x\"}"), 400,
                "either too short or too long");
        assertStatus(asStreamer("PUT /moderation/shield_mode", own(), "{\"is_active\":\"yes\"}"), 400, "is_active");
        assertStatus(asStreamer("PUT /moderation/automod/settings", own(), "{\"aggression\":9}"), 400,
                "not valid");
        assertStatus(asStreamer("PUT /moderation/automod/settings", own(), "{\"overall_level\":1,\"swearing\":2}"),
                400, "mutually exclusive");
        assertStatus(asStreamer("POST /moderation/automod/message", "", "{\"user_id\":\"" + streamer.id()
                + "\",\"msg_id\":\"m\",\"action\":\"MAYBE\"}"), 400, "action field is not valid");
        assertStatus(asStreamer("GET /moderation/unban_requests", own() + "&status=bogus", null), 400, "status");
        assertStatus(asStreamer("GET /moderation/banned", "?broadcaster_id=" + streamer.id() + "&first=0", null),
                400, "first");
        assertStatus(asStreamer("GET /moderation/banned", "?broadcaster_id=" + streamer.id() + "&after=garbage",
                null), 400, "invalid cursor");
        assertStatus(asStreamer("POST /moderation/warnings", own(), "{\"data\":{\"user_id\":\"" + viewer.id()
                + "\"}}"), 400, "reason");
        assertStatus(asStreamer("POST /moderation/suspicious_users", own(), "{\"user_id\":\"" + viewer.id()
                + "\",\"status\":\"NO_TREATMENT\"}"), 400, "ACTIVE_MONITORING or RESTRICTED");
        String tooManyIds = "&user_id=1".repeat(101);
        assertStatus(asStreamer("GET /moderation/banned", "?broadcaster_id=" + streamer.id() + tooManyIds, null),
                400, "maximum");
    }

    @Test
    void aTimeoutCanBecomeABanButABanCannotBecomeATimeout() {
        MockUser target = twitch.createUser("target");
        String timeout = "{\"data\":{\"user_id\":\"" + target.id() + "\",\"duration\":60}}";
        String ban = "{\"data\":{\"user_id\":\"" + target.id() + "\"}}";

        assertThat(asStreamer("POST /moderation/bans", own(), timeout).status()).isEqualTo(200);
        assertThat(asStreamer("POST /moderation/bans", own(), ban).json().get("data").get(0).get("end_time")
                .isNull()).isTrue();
        assertStatus(asStreamer("POST /moderation/bans", own(), timeout), 400, "is already banned");
        assertStatus(asStreamer("POST /moderation/moderators", "?broadcaster_id=" + streamer.id() + "&user_id="
                + target.id(), null), 400, "because they're banned");
        assertThat(asStreamer("DELETE /moderation/bans", own() + "&user_id=" + target.id(), null).status())
                .isEqualTo(204);
    }

    @Test
    void anUnbanRequestNeedsABanAndIsResolvedOnce() {
        MockUser target = twitch.createUser("asker");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> twitch.requestUnban(streamer.id(), target.id(), "?"))
                .isInstanceOf(IllegalStateException.class);
        asStreamer("POST /moderation/bans", own(), "{\"data\":{\"user_id\":\"" + target.id() + "\"}}");
        String id = twitch.requestUnban(streamer.id(), target.id(), "sorry");
        String resolve = own() + "&unban_request_id=" + id + "&status=denied";

        assertThat(asStreamer("PATCH /moderation/unban_requests", resolve, null).status()).isEqualTo(200);
        assertStatus(asStreamer("PATCH /moderation/unban_requests", resolve, null), 400, "Invalid requested update");
        assertStatus(asStreamer("PATCH /moderation/unban_requests", own() + "&unban_request_id=nope&status=denied",
                null), 404, "not found");
    }

    @Test
    void aBroadcasterAddsAtMostTenVipsInTenSecondsOnTheMocksClock() {
        MockUser channel = twitch.createUser("vipchannel", ALL_SCOPES);
        for (int i = 0; i < 10; i++) {
            MockUser vip = twitch.createUser("vip" + i);
            assertThat(send("POST /channels/vips", "?broadcaster_id=" + channel.id() + "&user_id=" + vip.id(), null,
                    channel.accessToken()).status()).isEqualTo(204);
        }
        String eleventh = "?broadcaster_id=" + channel.id() + "&user_id=" + twitch.createUser("vip10").id();

        assertStatus(send("POST /channels/vips", eleventh, null, channel.accessToken()), 429, "10-second window");
        twitch.clock().advance(java.time.Duration.ofSeconds(10));
        assertThat(send("POST /channels/vips", eleventh, null, channel.accessToken()).status()).isEqualTo(204);
    }

    @Test
    void removingASuspiciousStatusTheUserDoesNotHaveIsRefused() {
        MockUser user = twitch.createUser("unsuspected");
        assertStatus(asStreamer("DELETE /moderation/suspicious_users", own() + "&user_id=" + user.id(), null), 400,
                "not allowed for this user");
    }

    @Test
    void aChatMessageOlderThanSixHoursCannotBeDeleted() {
        try (MockTwitch own = MockTwitch.builder().tokenTtl(java.time.Duration.ofDays(1)).start()) {
            MockUser channel = own.createUser("sixhours", "moderator:manage:chat_messages");
            MockUser chatter = own.createUser("oldchatter", "user:write:chat");
            String message = "{\"broadcaster_id\":\"" + channel.id() + "\",\"sender_id\":\"" + chatter.id()
                    + "\",\"message\":\"old news\"}";
            String messageId = http.postJson(URI.create(own.urls().helix() + "/chat/messages"), message,
                    "Authorization", "Bearer " + chatter.accessToken(), "Client-Id", own.clientId())
                    .json().get("data").get(0).get("message_id").asString();
            own.clock().advance(java.time.Duration.ofHours(6).plusSeconds(1));

            TestHttp.Response response = http.send(HttpRequest.newBuilder(URI.create(own.urls().helix()
                    + "/moderation/chat?broadcaster_id=" + channel.id() + "&moderator_id=" + channel.id()
                    + "&message_id=" + messageId)).DELETE().header("Authorization", "Bearer " + channel.accessToken())
                    .header("Client-Id", own.clientId()));

            assertStatus(response, 404, "more than 6 hours ago");
        }
    }
}
