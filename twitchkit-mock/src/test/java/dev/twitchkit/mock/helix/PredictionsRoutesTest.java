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
import tools.jackson.databind.JsonNode;

/** The Predictions routes answer bad input with Twitch's 4xx, keep Twitch's rules, and never fail with a 500. */
class PredictionsRoutesTest {
    private static MockTwitch twitch;
    private static Helix helix;
    private static MockUser caster;
    private static int users;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        helix = new Helix(twitch);
        caster = twitch.createUser("caster", "channel:manage:predictions");
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    private static String create(String broadcasterId, String title, String outcomes, String more) {
        return "{\"broadcaster_id\":\"" + broadcasterId + "\",\"title\":\"" + title + "\",\"outcomes\":" + outcomes
                + more + "}";
    }

    @Test
    void malformedAndHugeBodiesGetBadRequestsAndTheMockKeepsServing() {
        for (String body : PollsRoutesTest.MALFORMED) {
            for (String method : List.of("POST", "PATCH")) {
                assertThat(helix.call(method, "/predictions", caster.accessToken(), body).status())
                        .as(method + " " + body.substring(0, Math.min(40, body.length()))).isEqualTo(400);
            }
        }
        assertThat(helix.call("GET", "/predictions?broadcaster_id=" + caster.id(), caster.accessToken(), null)
                .status()).isEqualTo(200);
    }

    @Test
    void createPredictionKeepsTwitchsLimitsWithItsMessages() {
        String id = caster.id();
        String two = "[{\"title\":\"A\"},{\"title\":\"B\"}]";
        assertBad("POST", create(id, "Q", two, ""), "prediction_window");
        assertBad("POST", create(id, "x".repeat(46), two, ",\"prediction_window\":60"),
                "The prediction's title is too long.");
        assertBad("POST", create(id, "Q", "[{\"title\":\"A\"}]", ",\"prediction_window\":60"), "2 to 10 outcomes");
        assertBad("POST", create(id, "Q", "[" + "{\"title\":\"A\"},".repeat(10) + "{\"title\":\"B\"}]",
                ",\"prediction_window\":60"), "2 to 10 outcomes");
        assertBad("POST", create(id, "Q", "[{\"title\":\"" + "x".repeat(26) + "\"},{\"title\":\"B\"}]",
                ",\"prediction_window\":60"), "The outcome's title is too long.");
        assertBad("POST", create(id, "Q", "[1,2]", ",\"prediction_window\":60"), "outcome");
        assertBad("POST", create(id, "Q", two, ",\"prediction_window\":29"), "prediction_window");
        assertBad("POST", create(id, "Q", two, ",\"prediction_window\":1801"), "prediction_window");
        assertBad("POST", create(id, "Q", two, ",\"prediction_window\":true"), "prediction_window");
    }

    @Test
    void endPredictionKeepsTwitchsStatusRules() {
        MockUser owner = twitch.createUser("owner" + users++, "channel:manage:predictions");
        Helix.Reply created = helix.call("POST", "/predictions", owner.accessToken(),
                create(owner.id(), "Q", "[{\"title\":\"A\"},{\"title\":\"B\"},{\"title\":\"C\"}]",
                        ",\"prediction_window\":30"));
        assertThat(created.status()).isEqualTo(200);
        JsonNode prediction = created.body().path("data").get(0);
        assertThat(prediction.path("outcomes").findValuesAsString("color")).containsOnly("BLUE");
        assertThat(prediction.path("outcomes").get(0).path("top_predictors").isNull()).isTrue();
        String id = prediction.path("id").asString();
        String end = "{\"broadcaster_id\":\"" + owner.id() + "\",\"id\":\"" + id + "\",\"status\":";

        assertThat(helix.call("POST", "/predictions", owner.accessToken(), create(owner.id(), "Q",
                "[{\"title\":\"A\"},{\"title\":\"B\"}]", ",\"prediction_window\":30")).message())
                .startsWith("The broadcaster already has a prediction that's running");
        assertEnd(owner, end + "\"RESOLVED\"}", 400, "The winning_outcome_id field is required if status is RESOLVED.");
        assertEnd(owner, end + "\"RESOLVED\",\"winning_outcome_id\":\"x\"}", 404,
                "The outcome in the winning_outcome_id field was not found.");
        assertEnd(owner, end + "\"ACTIVE\"}", 400, "The value in the status field is not valid.");
        assertEnd(owner, end + "7}", 400, "status");
        assertEnd(owner, "{\"broadcaster_id\":\"" + owner.id() + "\",\"id\":\"nope\",\"status\":\"LOCKED\"}", 404,
                "The prediction in the id field was not found.");

        twitch.clock().advance(Duration.ofSeconds(30));

        assertEnd(owner, end + "\"LOCKED\"}", 400, "its current status must be ACTIVE.");
        assertEnd(owner, end + "\"CANCELED\"}", 200, "");
        assertEnd(owner, end + "\"CANCELED\"}", 400, "its current status must be ACTIVE or LOCKED.");
    }

    @Test
    void listingsCheckTheirParametersAndTokens() {
        String base = "/predictions?broadcaster_id=" + caster.id();
        for (String query : List.of("/predictions", base + "&first=0", base + "&first=26", base + "&after=zzz",
                base + "&id=a".repeat(26))) {
            assertThat(helix.call("GET", query, caster.accessToken(), null).status()).as(query).isEqualTo(400);
        }
        assertThat(helix.call("GET", base + "&first=25", caster.accessToken(), null).status()).isEqualTo(200);
        MockUser other = twitch.createUser("other" + users++, "channel:read:predictions");
        assertThat(helix.call("GET", base, other.accessToken(), null).status()).isEqualTo(401);
        assertThat(helix.call("POST", "/predictions", other.accessToken(), create(other.id(), "Q",
                "[{\"title\":\"A\"},{\"title\":\"B\"}]", ",\"prediction_window\":30")).message())
                .isEqualTo("Missing scope: channel:manage:predictions");
        assertThat(helix.call("GET", base, twitch.issueAppToken(), null).status()).isEqualTo(401);
    }

    private static void assertBad(String method, String body, String message) {
        Helix.Reply reply = helix.call(method, "/predictions", caster.accessToken(), body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.message()).contains(message);
    }

    private static void assertEnd(MockUser owner, String body, int status, String message) {
        Helix.Reply reply = helix.call("PATCH", "/predictions", owner.accessToken(), body);
        assertThat(reply.status()).as(body).isEqualTo(status);
        if (!message.isEmpty()) {
            assertThat(reply.message()).contains(message);
        }
    }
}
