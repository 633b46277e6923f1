package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.Helix;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Schedule routes answer bad input with Twitch's 4xx and never a 500; the iCalendar feed needs no token. */
class ScheduleRoutesTest {
    private static MockTwitch twitch;
    private static Helix helix;
    private static MockUser caster;
    private static String start;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        helix = new Helix(twitch);
        caster = twitch.createUser("caster", "channel:manage:schedule");
        start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS).toString();
        assertThat(segment("{\"start_time\":\"" + start + "\",\"timezone\":\"UTC\",\"duration\":\"60\"}").status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    private static Helix.Reply segment(String body) {
        return helix.call("POST", "/schedule/segment?broadcaster_id=" + caster.id(), caster.accessToken(), body);
    }

    @Test
    void malformedAndHugeBodiesGetBadRequestsAndTheMockKeepsServing() {
        for (String body : PollsRoutesTest.MALFORMED) {
            assertThat(segment(body).status()).as(body.substring(0, Math.min(40, body.length()))).isEqualTo(400);
            assertThat(helix.call("PATCH", "/schedule/segment?broadcaster_id=" + caster.id() + "&id=x",
                    caster.accessToken(), body).status()).isBetween(400, 404);
        }
        assertThat(helix.call("GET", "/schedule?broadcaster_id=" + caster.id(), caster.accessToken(), null)
                .status()).isEqualTo(200);
    }

    @Test
    void segmentWritesKeepTwitchsLimitsWithItsMessages() {
        String ok = "\"start_time\":\"" + start + "\",\"timezone\":\"UTC\"";
        assertBad("{" + ok + "}", "duration");
        assertBad("{\"timezone\":\"UTC\",\"duration\":\"60\"}", "start_time");
        assertBad("{\"start_time\":\"tomorrow\",\"timezone\":\"UTC\",\"duration\":\"60\"}",
                "The format of the date and time in start_time is not valid.");
        assertBad("{\"start_time\":\"" + start + "\",\"timezone\":\"Mars/Base\",\"duration\":\"60\"}",
                "The value in the timezone field is not valid.");
        for (String duration : List.of("\"29\"", "\"1381\"", "\"abc\"", "true", "60.5")) {
            assertBad("{" + ok + ",\"duration\":" + duration + "}", "The value in the duration field is not valid.");
        }
        assertBad("{" + ok + ",\"duration\":\"60\",\"category_id\":\"abc\"}",
                "The ID in the category_id field is not valid.");
        assertBad("{" + ok + ",\"duration\":\"60\",\"title\":\"" + "x".repeat(141) + "\"}",
                "The string in the title field is too long.");
        assertBad("{" + ok + ",\"duration\":\"60\",\"is_recurring\":\"yes\"}", "is_recurring");
        assertThat(segment("{" + ok + ",\"duration\":60,\"is_recurring\":false}").status()).isEqualTo(200);

        String segment = "/schedule/segment?broadcaster_id=" + caster.id();
        assertThat(helix.call("PATCH", segment, caster.accessToken(), "{}").message()).contains("\"id\"");
        assertThat(helix.call("PATCH", segment + "&id=bm9wZS8x", caster.accessToken(), "{\"title\":\"t\"}")
                .message()).isEqualTo("The specified broadcast segment was not found.");
        assertThat(helix.call("DELETE", segment, caster.accessToken(), null).status()).isEqualTo(400);
        assertThat(helix.call("DELETE", segment + "&id=%25%25", caster.accessToken(), null).status()).isBetween(400, 404);
    }

    @Test
    void readsAndSettingsCheckTheirParameters() {
        String base = "/schedule?broadcaster_id=" + caster.id();
        for (String query : List.of("/schedule", "/schedule?broadcaster_id=999999999", base + "&start_time=soon",
                base + "&first=26", base + "&first=0", base + "&after=zz", base + "&id=a".repeat(101))) {
            assertThat(helix.call("GET", query, caster.accessToken(), null).status()).as(query).isEqualTo(400);
        }
        MockUser newcomer = twitch.createUser("newcomer", "channel:manage:schedule");
        assertThat(helix.call("GET", "/schedule?broadcaster_id=" + newcomer.id(), caster.accessToken(), null)
                .message()).isEqualTo("The broadcaster has not created a streaming schedule.");

        String settings = "/schedule/settings?broadcaster_id=" + caster.id();
        assertThat(helix.call("PATCH", settings + "&is_vacation_enabled=maybe", caster.accessToken(), null)
                .status()).isEqualTo(400);
        assertThat(helix.call("PATCH", settings + "&is_vacation_enabled=true&timezone=UTC", caster.accessToken(),
                null).message()).contains("vacation_start_time");
        assertThat(helix.call("PATCH", settings + "&is_vacation_enabled=true&timezone=UTC&vacation_start_time="
                + start + "&vacation_end_time=" + start, caster.accessToken(), null).message())
                .isEqualTo("The date in vacation_end_time must be later than the date in vacation_start_time.");
        assertThat(helix.call("PATCH", "/schedule/settings?broadcaster_id=" + newcomer.id()
                + "&is_vacation_enabled=false", newcomer.accessToken(), null).status()).isEqualTo(404);
        assertThat(helix.call("PATCH", settings + "&is_vacation_enabled=false", newcomer.accessToken(), null)
                .status()).isEqualTo(401);
        MockUser unscoped = twitch.createUser("unscoped");
        assertThat(helix.call("POST", "/schedule/segment?broadcaster_id=" + unscoped.id(), unscoped.accessToken(),
                "{}").message()).isEqualTo("Missing scope: channel:manage:schedule");
        assertThat(helix.call("GET", base, twitch.issueAppToken(), null).status()).isEqualTo(200);
    }

    @Test
    void theICalendarFeedIsServedWithoutATokenAsTextCalendar() {
        TestHttp http = new TestHttp();
        URI feed = URI.create(twitch.urls().helix() + "/schedule/icalendar?broadcaster_id=" + caster.id());

        TestHttp.Response response = http.get(feed);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("NAME:caster\r\n")
                .contains("BEGIN:VEVENT\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(twitch.helixRequests()).noneMatch(r -> r.path().startsWith("/schedule/icalendar"));
        assertThat(http.get(URI.create(twitch.urls().helix() + "/schedule/icalendar")).status()).isEqualTo(400);
        assertThat(http.get(URI.create(twitch.urls().helix() + "/schedule/icalendar?broadcaster_id=404404"))
                .status()).isEqualTo(400);
    }

    @Test
    void aWeeklySegmentKeepsItsLocalTimeAcrossDaylightSavingAndCancelsItsNextOccurrence() {
        MockUser weekly = twitch.createUser("weekly", "channel:manage:schedule");
        String create = "/schedule/segment?broadcaster_id=" + weekly.id();
        assertThat(helix.call("POST", create, weekly.accessToken(), "{\"start_time\":\"2030-03-01T19:00:00Z\","
                + "\"timezone\":\"America/New_York\",\"duration\":\"60\",\"is_recurring\":true}").status())
                .isEqualTo(200);

        Helix.Reply listed = helix.call("GET", "/schedule?broadcaster_id=" + weekly.id()
                + "&start_time=2030-03-01T00:00:00Z&first=3", weekly.accessToken(), null);

        // 14:00 in New York every Friday: 19:00 UTC before the switch to daylight saving on 10 March, 18:00 after.
        assertThat(listed.body().path("data").path("segments").findValuesAsString("start_time"))
                .containsExactly("2030-03-01T19:00:00Z", "2030-03-08T19:00:00Z", "2030-03-15T18:00:00Z");
        assertThat(listed.body().path("pagination").path("cursor").asString()).isNotBlank();

        String third = listed.body().path("data").path("segments").get(2).path("id").asString();
        Helix.Reply canceled = helix.call("PATCH", create + "&id=" + third, weekly.accessToken(),
                "{\"is_canceled\":true}");
        assertThat(canceled.status()).isEqualTo(200);
        Helix.Reply after = helix.call("GET", "/schedule?broadcaster_id=" + weekly.id()
                + "&start_time=2030-03-01T00:00:00Z&first=3", weekly.accessToken(), null);
        // As Twitch: canceling a recurring segment cancels its next occurrence, whichever occurrence was named.
        JsonNode segments = after.body().path("data").path("segments");
        assertThat(segments.get(0).path("canceled_until").asString()).isEqualTo("2030-03-01T20:00:00Z");
        assertThat(segments.get(1).path("canceled_until").isNull()).isTrue();
        assertThat(segments.get(2).path("canceled_until").isNull()).isTrue();
    }

    private static void assertBad(String body, String message) {
        Helix.Reply reply = segment(body);
        assertThat(reply.status()).as(body.substring(0, Math.min(body.length(), 120))).isEqualTo(400);
        assertThat(reply.message()).contains(message);
    }
}
