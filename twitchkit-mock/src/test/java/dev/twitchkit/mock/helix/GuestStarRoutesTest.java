package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input to the Guest Star routes gets Twitch's 4xx, never a 500, and the mock keeps serving. */
class GuestStarRoutesTest {
    private static final String MANAGE = "channel:manage:guest_star";
    private static final AtomicInteger USERS = new AtomicInteger();
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

    private static MockUser user(String... scopes) {
        return twitch.createUser("gs" + USERS.incrementAndGet(), scopes);
    }

    @Test
    void missingParametersWrongTokensAndScopesAreRefusedOnEveryRoute() {
        MockUser host = user(MANAGE);
        String app = twitch.issueAppToken();
        List<String[]> routes = List.of(new String[] {"GET", "/guest_star/channel_settings"},
                new String[] {"PUT", "/guest_star/channel_settings"}, new String[] {"GET", "/guest_star/session"},
                new String[] {"POST", "/guest_star/session"}, new String[] {"DELETE", "/guest_star/session"},
                new String[] {"GET", "/guest_star/invites"}, new String[] {"POST", "/guest_star/invites"},
                new String[] {"DELETE", "/guest_star/invites"}, new String[] {"POST", "/guest_star/slot"},
                new String[] {"PATCH", "/guest_star/slot"}, new String[] {"DELETE", "/guest_star/slot"},
                new String[] {"PATCH", "/guest_star/slot_settings"});
        for (String[] route : routes) {
            assertThat(send(route[0], route[1], host.accessToken(), "").status()).as("%s without parameters", route[1])
                    .isEqualTo(400);
            assertThat(send(route[0], route[1] + "?broadcaster_id=" + host.id() + "&moderator_id=" + host.id(), app,
                    "").status()).as("%s with an app token", route[1]).isEqualTo(401);
        }
        MockUser noScope = user();
        assertThat(send("POST", "/guest_star/session?broadcaster_id=" + noScope.id(), noScope.accessToken(), "")
                .body()).contains("Missing scope");
        assertThat(send("POST", "/guest_star/session?broadcaster_id=" + noScope.id(), host.accessToken(), "")
                .status()).as("another broadcaster's id").isEqualTo(401);
        MockUser stranger = user("moderator:read:guest_star");
        TestHttp.Response notModerator = send("GET", "/guest_star/channel_settings?broadcaster_id=" + host.id()
                + "&moderator_id=" + stranger.id(), stranger.accessToken(), "");
        assertThat(notModerator.status()).isEqualTo(403);
        assertThat(notModerator.body()).contains("not a Guest Star moderator");
        MockUser moderatorScopedHost = user("moderator:manage:guest_star");
        assertThat(send("GET", "/guest_star/session?broadcaster_id=" + moderatorScopedHost.id() + "&moderator_id="
                + moderatorScopedHost.id(), moderatorScopedHost.accessToken(), "").status())
                .as("the broadcaster needs a channel: scope").isEqualTo(401);
    }

    @Test
    void settingsOutOfTwitchsBoundsAreRefusedAndAJsonBodyIsAlsoRead() {
        MockUser host = user(MANAGE);
        String settings = "/guest_star/channel_settings?broadcaster_id=" + host.id();
        assertThat(send("PUT", settings + "&slot_count=7", host.accessToken(), "").body())
                .contains("Invalid slot_count");
        assertThat(send("PUT", settings + "&slot_count=many", host.accessToken(), "").status()).isEqualTo(400);
        assertThat(send("PUT", settings + "&group_layout=CIRCLE", host.accessToken(), "").body())
                .contains("Invalid group_layout");
        assertThat(send("PUT", settings + "&is_live=maybe&is_moderator_send_live_enabled=maybe", host.accessToken(),
                "").status()).isEqualTo(400);
        assertThat(send("PUT", settings, host.accessToken(), "{not json").status()).isEqualTo(400);
        assertThat(send("PUT", settings, host.accessToken(), "{\"slot_count\":\"" + "x".repeat(2_000_000) + "\"}")
                .status()).isBetween(400, 499);
        assertThat(send("PUT", settings, host.accessToken(), "{\"slot_count\":0}").status()).isEqualTo(400);

        assertThat(send("PUT", settings, host.accessToken(), "{\"slot_count\":2,\"group_layout\":\"VERTICAL_LAYOUT\"}")
                .status()).isEqualTo(204);
        String read = send("GET", settings + "&moderator_id=" + host.id(), host.accessToken(), "").body();
        assertThat(read).contains("\"slot_count\":2").contains("\"group_layout\":\"VERTICAL_LAYOUT\"");
    }

    @Test
    void sessionInviteAndSlotRulesAnswerAsTwitch() {
        MockUser host = user(MANAGE);
        MockUser mod = user("moderator:manage:guest_star");
        MockUser guest = user();
        twitch.grantModerator(host.id(), mod.id());
        String token = host.accessToken();
        String create = "/guest_star/session?broadcaster_id=" + host.id();
        String session = send("POST", create, token, "").json().get("data").get(0).get("id").asString();
        assertThat(send("POST", create, token, "").body()).contains("Session limit reached (1 active call)");
        assertThat(send("DELETE", create + "&session_id=nope", token, "").body()).contains("Invalid session_id");

        String base = "?broadcaster_id=" + host.id() + "&moderator_id=" + mod.id() + "&session_id=" + session;
        String invites = "/guest_star/invites" + base;
        assertThat(send("POST", invites + "&guest_id=" + host.id(), mod.accessToken(), "").status()).isEqualTo(403);
        assertThat(send("POST", invites + "&guest_id=123456789012", mod.accessToken(), "").status()).isEqualTo(400);
        assertThat(send("GET", "/guest_star/invites?broadcaster_id=" + host.id() + "&moderator_id=" + mod.id()
                + "&session_id=other", mod.accessToken(), "").status()).isEqualTo(400);
        assertThat(send("POST", invites + "&guest_id=" + guest.id(), mod.accessToken(), "").status()).isEqualTo(204);
        assertThat(send("POST", invites + "&guest_id=" + guest.id(), mod.accessToken(), "").body())
                .contains("Guest already invited");
        assertThat(send("DELETE", invites + "&guest_id=" + mod.id(), mod.accessToken(), "").status()).isEqualTo(404);

        String slot = "/guest_star/slot" + base + "&guest_id=" + guest.id();
        assertThat(send("POST", slot + "&slot_id=1", mod.accessToken(), "").body()).contains("not ready");
        twitch.readyGuestStarGuest(host.id(), guest.id());
        assertThat(send("POST", slot + "&slot_id=0", mod.accessToken(), "").body()).contains("Cannot assign host slot");
        assertThat(send("POST", slot + "&slot_id=5", mod.accessToken(), "").status()).as("beyond 4 slots")
                .isEqualTo(400);
        assertThat(send("POST", slot + "&slot_id=one", mod.accessToken(), "").status()).isEqualTo(400);
        assertThat(send("POST", slot, mod.accessToken(), "").body()).contains("Missing or invalid slot_id");
        assertThat(send("POST", "/guest_star/slot" + base + "&guest_id=" + mod.id() + "&slot_id=1",
                mod.accessToken(), "").body()).contains("Guest not invited");
        assertThat(send("POST", slot + "&slot_id=1", mod.accessToken(), "").status()).isEqualTo(204);
        assertThat(send("POST", slot + "&slot_id=2", mod.accessToken(), "").body())
                .contains("Guest already assigned");

        assertThat(send("PATCH", "/guest_star/slot" + base + "&source_slot_id=0&destination_slot_id=2",
                mod.accessToken(), "").status()).isEqualTo(403);
        assertThat(send("PATCH", "/guest_star/slot" + base + "&source_slot_id=3&destination_slot_id=2",
                mod.accessToken(), "").status()).as("an empty source").isEqualTo(400);
        String settings = "/guest_star/slot_settings" + base + "&slot_id=1";
        assertThat(send("PATCH", settings + "&volume=101", mod.accessToken(), "").status()).isEqualTo(400);
        assertThat(send("PATCH", settings + "&is_live=yes", mod.accessToken(), "").status()).isEqualTo(400);
        assertThat(send("PATCH", "/guest_star/slot_settings" + base + "&slot_id=4&volume=5", mod.accessToken(), "")
                .status()).as("an empty slot").isEqualTo(400);
        send("PUT", "/guest_star/channel_settings?broadcaster_id=" + host.id() + "&is_moderator_send_live_enabled="
                + "false", token, "");
        assertThat(send("PATCH", settings + "&is_live=true", mod.accessToken(), "").status())
                .as("moderators may not send live now").isEqualTo(403);
        assertThat(send("DELETE", slot + "&slot_id=2", mod.accessToken(), "").body())
                .contains("guest_id or slot_id not found");
        assertThat(send("DELETE", "/guest_star/slot" + base + "&guest_id=" + host.id() + "&slot_id=0",
                mod.accessToken(), "").status()).isEqualTo(403);
        assertThat(send("DELETE", slot + "&slot_id=1&should_reinvite_guest=perhaps", mod.accessToken(), "")
                .status()).isEqualTo(400);

        assertThat(send("DELETE", create + "&session_id=" + session, token, "").status()).isEqualTo(200);
        assertThat(send("DELETE", create + "&session_id=" + session, token, "").body())
                .contains("Session has already been ended");
        assertThat(send("GET", "/guest_star/session?broadcaster_id=" + host.id() + "&moderator_id=" + host.id(),
                token, "").json().get("data")).isEmpty();
    }

    private static TestHttp.Response send(String method, String pathAndQuery, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twitch.urls().helix() + pathAndQuery))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token).header("Client-Id", twitch.clientId());
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request);
    }
}
