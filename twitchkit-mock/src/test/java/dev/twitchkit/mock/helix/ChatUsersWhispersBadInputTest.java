package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.Helix;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the Chat, Users and Whispers routes gets Twitch's 4xx with a message, never a 500, and the mock
 * keeps serving.
 */
class ChatUsersWhispersBadInputTest {
    /** Bodies no route takes: not a JSON object, broken, deeply nested or huge. */
    private static final List<String> GARBAGE = List.of("", " ", "null", "[]", "42", "\"text\"", "{",
            "\u0000\u0001garbage", "{\"a\":" + "[".repeat(2000), "{\"message\":\"" + "x".repeat(2_000_000) + "\"");
    /** Objects whose fields break a rule of the route. */
    private static final Map<String, List<String>> BAD_FIELDS = Map.of(
            "PATCH /chat/settings", List.of("{\"slow_mode\":\"on\"}", "{\"slow_mode\":true,\"slow_mode_wait_time\":2}",
                    "{\"slow_mode\":true,\"slow_mode_wait_time\":121}", "{\"slow_mode_wait_time\":30}",
                    "{\"follower_mode\":true,\"follower_mode_duration\":129601}",
                    "{\"follower_mode\":true,\"follower_mode_duration\":1.5}", "{\"non_moderator_chat_delay\":true}",
                    "{\"non_moderator_chat_delay\":true,\"non_moderator_chat_delay_duration\":3}",
                    "{\"emote_mode\":1e400}"),
            "POST /chat/announcements", List.of("{}", "{\"message\":null}", "{\"message\":5}", "{\"message\":{}}",
                    "{\"message\":\"  \"}", "{\"message\":\"hi\",\"color\":\"pink\"}",
                    "{\"message\":\"hi\",\"color\":\"BLUE\"}"),
            "POST /whispers", List.of("{}", "{\"message\":null}", "{\"message\":5}", "{\"message\":\"  \"}"),
            "PUT /users/extensions", List.of("{}", "{\"data\":[]}", "{\"data\":{\"panel\":5}}",
                    "{\"data\":{\"nope\":{}}}", "{\"data\":{\"panel\":{\"9\":{\"active\":true}}}}",
                    "{\"data\":{\"panel\":{\"1\":{\"active\":\"yes\"}}}}", "{\"data\":{\"panel\":{\"1\":{}}}}",
                    "{\"data\":{\"panel\":{\"1\":{\"active\":true,\"id\":\"x\"}}}}"));

    private static MockTwitch twitch;
    private static Helix helix;
    private static MockUser user;
    private static String app;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        helix = new Helix(twitch);
        user = twitch.createUser("bad_input", "moderator:manage:chat_settings", "moderator:manage:announcements",
                "user:manage:whispers", "user:edit:broadcast");
        twitch.createUser("other_user");
        app = twitch.issueAppToken();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void malformedBodiesGetClientErrors() {
        String me = user.id();
        String otherId = helix.call("GET", "/users?login=other_user", user.accessToken(), null).body().path("data")
                .get(0).path("id").asString();
        Map<String, String> queries = Map.of(
                "PATCH /chat/settings", "?broadcaster_id=" + me + "&moderator_id=" + me,
                "POST /chat/announcements", "?broadcaster_id=" + me + "&moderator_id=" + me,
                "POST /whispers", "?from_user_id=" + me + "&to_user_id=" + otherId,
                "PUT /users/extensions", "");
        BAD_FIELDS.forEach((route, fieldBodies) -> {
            String[] parts = route.split(" ");
            for (String body : concat(GARBAGE, fieldBodies)) {
                int status = helix.call(parts[0], parts[1] + queries.get(route), user.accessToken(), body).status();
                assertThat(status).as(route + " " + body.substring(0, Math.min(80, body.length())))
                        .isBetween(400, 499);
            }
        });
        assertStillServing();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void missingAndInvalidParametersAre400WithTwitchsMessage() {
        String me = user.id();
        String tooManyUsers = IntStream.range(0, 101).mapToObj(i -> "user_id=" + i).collect(Collectors.joining("&"));
        String tooManySets = IntStream.range(0, 26).mapToObj(i -> "emote_set_id=" + i)
                .collect(Collectors.joining("&"));
        String elevenUsers = IntStream.range(0, 11).mapToObj(i -> "user_id=" + i).collect(Collectors.joining("&"));
        assertBadRequest("GET", "/chat/settings", user.accessToken(), "broadcaster_id");
        assertBadRequest("GET", "/chat/settings?broadcaster_id=nobody", user.accessToken(), "Invalid broadcaster_id");
        assertBadRequest("GET", "/chat/emotes", app, "broadcaster_id");
        assertBadRequest("GET", "/chat/emotes/set", app, "emote_set_id");
        assertBadRequest("GET", "/chat/emotes/set?" + tooManySets, app, "emote_set_id");
        assertBadRequest("GET", "/chat/badges?broadcaster_id=", app, "broadcaster_id");
        assertBadRequest("GET", "/chat/color", app, "user_id");
        assertBadRequest("GET", "/chat/color?" + tooManyUsers, app, "user_id");
        assertBadRequest("GET", "/shared_chat/session", app, "broadcaster_id");
        assertBadRequest("PUT", "/chat/color?user_id=" + me, userWith("user:manage:chat_color"), "color");
        assertBadRequest("PUT", "/chat/color?user_id=" + me + "&color=mauve", userWith("user:manage:chat_color"),
                "color");
        assertBadRequest("GET", "/chat/chatters?broadcaster_id=" + me + "&moderator_id=" + me + "&first=1001",
                userWith("moderator:read:chatters"), "first");
        assertBadRequest("GET", "/chat/chatters?broadcaster_id=" + me + "&moderator_id=" + me + "&first=x",
                userWith("moderator:read:chatters"), "first");
        assertBadRequest("POST", "/chat/shoutouts?from_broadcaster_id=" + me + "&to_broadcaster_id=" + me
                + "&moderator_id=" + me, userWith("moderator:manage:shoutouts"), "themselves");
        assertBadRequest("POST", "/chat/shoutouts?to_broadcaster_id=" + me + "&moderator_id=" + me,
                userWith("moderator:manage:shoutouts"), "from_broadcaster_id");
        assertBadRequest("PUT", "/users?description=" + "d".repeat(301), userWith("user:edit"), "too long");
        assertBadRequest("GET", "/authorization/users", app, "user_id");
        assertBadRequest("GET", "/authorization/users?" + elevenUsers, app, "user_id");
        assertBadRequest("PUT", "/users/blocks", userWith("user:manage:blocked_users"), "target_user_id");
        assertBadRequest("PUT", "/users/blocks?target_user_id=" + me, userWith("user:manage:blocked_users"),
                "cannot be the same");
        assertBadRequest("PUT", "/users/blocks?target_user_id=1&reason=boredom",
                userWith("user:manage:blocked_users"), "reason");
        assertBadRequest("PUT", "/users/blocks?target_user_id=1&source_context=irl",
                userWith("user:manage:blocked_users"), "source_context");
        assertBadRequest("DELETE", "/users/blocks", userWith("user:manage:blocked_users"), "target_user_id");
        assertBadRequest("GET", "/users/extensions", app, "user_id");
        assertBadRequest("POST", "/whispers?from_user_id=" + me + "&to_user_id=" + me, user.accessToken(),
                "must be different");
        assertThat(helix.call("POST", "/whispers?from_user_id=" + me + "&to_user_id=424242", user.accessToken(),
                "{\"message\":\"hi\"}").status()).isEqualTo(404);
        assertStillServing();
    }

    @Test
    void wrongTokenTypesAndMissingScopesAre401() {
        String me = user.id();
        for (String route : List.of("GET /chat/chatters?broadcaster_id=" + me + "&moderator_id=" + me,
                "PATCH /chat/settings?broadcaster_id=" + me + "&moderator_id=" + me,
                "POST /chat/announcements?broadcaster_id=" + me + "&moderator_id=" + me,
                "PUT /chat/color?user_id=" + me + "&color=red", "GET /chat/emotes/user?user_id=" + me,
                "PUT /users?description=x", "GET /users/blocks?broadcaster_id=" + me, "PUT /users/blocks?target_user_id=1",
                "GET /users/extensions/list", "PUT /users/extensions", "POST /whispers?from_user_id=" + me
                        + "&to_user_id=1")) {
            String[] parts = route.split(" ");
            assertThat(helix.call(parts[0], parts[1], app, "{}").status()).as("app token: " + route).isEqualTo(401);
            assertThat(helix.call(parts[0], parts[1], userWith(), "{}").status()).as("no scope: " + route)
                    .isEqualTo(401);
        }
        assertThat(helix.call("GET", "/authorization/users?user_id=" + me, user.accessToken(), null).status())
                .isEqualTo(401);
        MockUser notMe = twitch.createUser("not_me", "moderator:manage:chat_settings");
        assertThat(helix.call("PATCH", "/chat/settings?broadcaster_id=" + me + "&moderator_id=" + me,
                notMe.accessToken(), "{\"emote_mode\":true}").status()).as("moderator_id not the token's user")
                .isEqualTo(401);
        assertThat(helix.call("PATCH", "/chat/settings?broadcaster_id=" + me + "&moderator_id=" + notMe.id(),
                notMe.accessToken(), "{\"emote_mode\":true}").status()).as("not a moderator").isEqualTo(403);
        assertStillServing();
    }

    private static String userWith(String... scopes) {
        return twitch.issueToken(user.id(), scopes).accessToken();
    }

    private static void assertBadRequest(String method, String path, String token, String messagePart) {
        Helix.Reply reply = helix.call(method, path, token, null);
        assertThat(reply.status()).as(method + " " + path + " " + reply.body()).isEqualTo(400);
        assertThat(reply.message()).as(method + " " + path).contains(messagePart);
    }

    private static void assertStillServing() {
        assertThat(helix.call("GET", "/chat/badges/global", app, null).status()).isEqualTo(200);
    }
}
