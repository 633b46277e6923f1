package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.Helix;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Polls routes answer bad input with Twitch's 4xx, keep Twitch's rules, and never fail with a 500. */
class PollsRoutesTest {
    static final List<String> MALFORMED = List.of("", " ", "null", "[]", "42", "\"text\"", "{", "{}",
            "\u0000\u0001garbage", "{\"a\":" + "[".repeat(2000), "{\"title\":\"" + "x".repeat(2_000_000) + "\"}");
    private static MockTwitch twitch;
    private static Helix helix;
    private static MockUser caster;
    private static int users;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        helix = new Helix(twitch);
        caster = twitch.createUser("caster", "channel:manage:polls");
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    private static String create(String broadcasterId, String title, String choices, String more) {
        return "{\"broadcaster_id\":\"" + broadcasterId + "\",\"title\":\"" + title + "\",\"choices\":" + choices
                + more + "}";
    }

    @Test
    void malformedAndHugeBodiesGetBadRequestsAndTheMockKeepsServing() {
        for (String body : MALFORMED) {
            for (String method : List.of("POST", "PATCH")) {
                Helix.Reply reply = helix.call(method, "/polls", caster.accessToken(), body);
                assertThat(reply.status()).as(method + " " + body.substring(0, Math.min(40, body.length())))
                        .isEqualTo(400);
            }
        }
        assertThat(helix.call("GET", "/polls?broadcaster_id=" + caster.id(), caster.accessToken(), null).status())
                .isEqualTo(200);
    }

    @Test
    void createPollKeepsTwitchsLimitsWithItsMessages() {
        String id = caster.id();
        String two = "[{\"title\":\"A\"},{\"title\":\"B\"}]";
        assertBad(create(id, "Q", two, ""), "duration");
        assertBad(create(id, "x".repeat(61), two, ",\"duration\":60"), "The poll's title is too long.");
        assertBad(create(id, "Q", "[{\"title\":\"A\"}]", ",\"duration\":60"), "may not be less than 2");
        assertBad(create(id, "Q", "[{\"title\":\"A\"},{\"title\":\"B\"},{\"title\":\"C\"},{\"title\":\"D\"},"
                + "{\"title\":\"E\"},{\"title\":\"F\"}]", ",\"duration\":60"), "greater that 5");
        assertBad(create(id, "Q", "{\"title\":\"A\"}", ",\"duration\":60"), "may not be less than 2");
        assertBad(create(id, "Q", "[\"A\",\"B\"]", ",\"duration\":60"), "choice");
        assertBad(create(id, "Q", "[{\"title\":\"" + "x".repeat(26) + "\"},{\"title\":\"B\"}]", ",\"duration\":60"),
                "The choice's title is too long.");
        assertBad(create(id, "Q", two, ",\"duration\":14"), "duration");
        assertBad(create(id, "Q", two, ",\"duration\":1801"), "duration");
        assertBad(create(id, "Q", two, ",\"duration\":\"60\""), "duration");
        assertBad(create(id, "Q", two, ",\"duration\":60.5"), "duration");
        assertBad(create(id, "Q", two, ",\"duration\":60,\"channel_points_voting_enabled\":true"),
                "channel_points_per_vote");
        assertBad(create(id, "Q", two, ",\"duration\":60,\"channel_points_voting_enabled\":true,"
                + "\"channel_points_per_vote\":1000001"), "channel_points_per_vote");
        assertBad("{\"title\":\"Q\",\"choices\":" + two + ",\"duration\":60}", "broadcaster_id");
    }

    @Test
    void tokensScopesAndTheTokensUserAreTwitchsUnauthorized() {
        MockUser reader = twitch.createUser("reader", "channel:read:polls");
        String body = create(reader.id(), "Q", "[{\"title\":\"A\"},{\"title\":\"B\"}]", ",\"duration\":60");
        assertThat(helix.call("POST", "/polls", reader.accessToken(), body).message())
                .isEqualTo("Missing scope: channel:manage:polls");
        assertThat(helix.call("POST", "/polls", caster.accessToken(), body).status()).isEqualTo(401);
        assertThat(helix.call("GET", "/polls?broadcaster_id=" + caster.id(), reader.accessToken(), null).status())
                .isEqualTo(401);
        assertThat(helix.call("GET", "/polls?broadcaster_id=" + reader.id(), reader.accessToken(), null).status())
                .isEqualTo(200);
        assertThat(helix.call("GET", "/polls?broadcaster_id=" + caster.id(), twitch.issueAppToken(), null).message())
                .isEqualTo("The request requires a user access token");
    }

    @Test
    void listingsCheckTheirParameters() {
        String base = "/polls?broadcaster_id=" + caster.id();
        for (String query : List.of("/polls", "/polls?broadcaster_id=", base + "&first=0", base + "&first=21",
                base + "&first=x", base + "&after=nonsense", base + "&id=a".repeat(21))) {
            assertThat(helix.call("GET", query, caster.accessToken(), null).status()).as(query).isEqualTo(400);
        }
        assertThat(helix.call("GET", base + "&id=unknown", caster.accessToken(), null).message())
                .isEqualTo("None of the IDs in the id query parameters were found.");
    }

    @Test
    void oneRunningPollPerChannelUntilItEndsOnTheMockClock() {
        MockUser owner = twitch.createUser("owner" + users++, "channel:manage:polls");
        String body = create(owner.id(), "Q", "[{\"title\":\"A\"},{\"title\":\"B\"}]", ",\"duration\":15");
        Helix.Reply created = helix.call("POST", "/polls", owner.accessToken(), body);
        assertThat(created.status()).isEqualTo(200);
        String pollId = created.body().path("data").get(0).path("id").asString();
        assertThat(created.body().path("data").get(0).path("ended_at").isNull()).isTrue();

        assertThat(helix.call("POST", "/polls", owner.accessToken(), body).message())
                .startsWith("The broadcaster already has a poll that's running");
        assertBadEnd(owner, "{\"broadcaster_id\":\"" + owner.id() + "\",\"id\":\"" + pollId
                + "\",\"status\":\"ACTIVE\"}", 400, "The value in the status field is not valid.");
        assertBadEnd(owner, "{\"broadcaster_id\":\"" + owner.id() + "\",\"id\":\"nope\",\"status\":\"TERMINATED\"}",
                404, "The poll in the id field was not found.");
        assertBadEnd(owner, "{\"broadcaster_id\":\"" + owner.id() + "\",\"status\":\"TERMINATED\"}", 400, "id");

        twitch.clock().advance(Duration.ofSeconds(15));

        Helix.Reply listed = helix.call("GET", "/polls?broadcaster_id=" + owner.id(), owner.accessToken(), null);
        assertThat(listed.body().path("data").get(0).path("status").asString()).isEqualTo("COMPLETED");
        assertBadEnd(owner, "{\"broadcaster_id\":\"" + owner.id() + "\",\"id\":\"" + pollId
                + "\",\"status\":\"TERMINATED\"}", 400, "The poll must be active to terminate or archive it.");
        assertThat(helix.call("POST", "/polls", owner.accessToken(), body).status()).isEqualTo(200);
    }

    private static void assertBad(String body, String message) {
        Helix.Reply reply = helix.call("POST", "/polls", caster.accessToken(), body);
        assertThat(reply.status()).as(body.substring(0, Math.min(body.length(), 120))).isEqualTo(400);
        assertThat(reply.message()).contains(message);
    }

    private static void assertBadEnd(MockUser owner, String body, int status, String message) {
        Helix.Reply reply = helix.call("PATCH", "/polls", owner.accessToken(), body);
        assertThat(reply.status()).as(body).isEqualTo(status);
        assertThat(reply.message()).contains(message);
    }
}
