package dev.twitchkit.helix.schedule;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixGroupTest;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The streaming schedule end to end against the mock: segments, paging, vacation, the iCalendar feed, limits. */
class ScheduleApiTest extends HelixGroupTest {
    private static MockUser broadcaster() {
        return newUser("Scheduler", "channel:manage:schedule");
    }

    private static Instant nextWeek() {
        return twitch.clock().instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void createSegmentSendsTwitchsBodyAndBindsTheSegment() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        Instant start = nextWeek();

        ScheduleSegment segment = await(api.schedule().createChannelStreamScheduleSegment(
                NewSegment.once(start, "America/New_York", Duration.ofHours(2)).withTitle("Monthly Update")
                        .withCategory("509670")));

        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("POST /schedule/segment");
        assertThat(request.param("broadcaster_id")).hasValue(caster.id());
        JsonNode body = body(request);
        assertThat(body.get("start_time").asString()).isEqualTo(start.toString());
        assertThat(body.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(body.get("duration").asString()).isEqualTo("120");
        assertThat(body.get("is_recurring").asBoolean()).isFalse();
        assertThat(body.get("category_id").asString()).isEqualTo("509670");
        assertThat(body.get("title").asString()).isEqualTo("Monthly Update");

        assertThat(segment.id()).isNotBlank();
        assertThat(segment.startTime()).isEqualTo(start);
        assertThat(segment.endTime()).isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(segment.title()).isEqualTo("Monthly Update");
        assertThat(segment.canceledUntil()).isNull();
        assertThat(segment.category()).isEqualTo(new ScheduleCategory("509670", "Science & Technology"));
        assertThat(segment.isRecurring()).isFalse();
    }

    @Test
    void aWeeklySegmentIsListedOnceAWeekTwentyFiveAPageWithTheBroadcasterAndVacation() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        Instant start = nextWeek();
        ScheduleSegment first = await(api.schedule().createChannelStreamScheduleSegment(
                NewSegment.weekly(start, "UTC", Duration.ofMinutes(90)).withTitle("Weekly")));
        twitch.clearHelixRequests();

        Paginator<ScheduleSegment> pages = app.application().schedule().getChannelStreamSchedule(caster.id(), start);
        List<ScheduleSegment> page = await(pages.nextPage());
        List<ScheduleSegment> all = await(pages.all());

        assertThat(page).hasSize(25);
        assertThat(page.get(0).id()).isEqualTo(first.id());
        assertThat(page.get(1).startTime()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(page).allSatisfy(s -> assertThat(s.isRecurring()).isTrue());
        assertThat(all).isNotEmpty().last().satisfies(s -> assertThat(s.title()).isEqualTo("Weekly"));
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /schedule");
        assertThat(request.userId()).as("an app token may read schedules").isNull();
        assertThat(request.param("broadcaster_id")).hasValue(caster.id());
        assertThat(request.param("start_time")).hasValue(start.toString());
        assertThat(request.param("first")).hasValue("25");
        assertThat(twitch.helixRequests().get(1).param("after")).isPresent();

        List<String> ids = Stream.concat(page.stream(), all.stream().limit(5))
                .map(ScheduleSegment::id).toList();
        twitch.clearHelixRequests();
        assertThat(await(api.schedule().getChannelStreamSchedule(caster.id(), ids))).extracting(ScheduleSegment::id)
                .containsExactlyElementsOf(ids);
        assertThat(twitch.helixRequests()).as("30 ids come in two pages").hasSize(2)
                .allSatisfy(r -> assertThat(r.params("id")).hasSize(30));

        Instant vacationStart = start.plus(Duration.ofDays(30));
        await(api.schedule().updateChannelStreamSchedule(ScheduleSettings.vacation(vacationStart,
                vacationStart.plus(Duration.ofDays(7)), "Europe/Berlin")));
        MockHelixRequest settings = lastRequest();
        assertThat(settings.route()).isEqualTo("PATCH /schedule/settings");
        assertThat(settings.param("is_vacation_enabled")).hasValue("true");
        assertThat(settings.param("vacation_start_time")).hasValue(vacationStart.toString());
        assertThat(settings.param("timezone")).hasValue("Europe/Berlin");

        StreamSchedule schedule = await(api.schedule().getStreamSchedule(caster.id()));
        assertThat(schedule.broadcasterId()).isEqualTo(caster.id());
        assertThat(schedule.broadcasterLogin()).isEqualTo(caster.login());
        assertThat(schedule.broadcasterName()).isEqualTo(caster.displayName());
        assertThat(schedule.segments()).hasSize(20).first().satisfies(s -> assertThat(s.id()).isEqualTo(first.id()));
        assertThat(schedule.vacation()).isEqualTo(new Vacation(vacationStart, vacationStart.plus(Duration.ofDays(7))));

        await(api.schedule().updateChannelStreamSchedule(ScheduleSettings.noVacation().withTimezone("Asia/Tokyo")));
        assertThat(lastRequest().query()).containsOnlyKeys("broadcaster_id", "is_vacation_enabled", "timezone");
        assertThat(await(api.schedule().getStreamSchedule(caster.id())).vacation()).isNull();
    }

    @Test
    void updateCancelsAndRetitlesASegmentAndDeleteRemovesIt() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        ScheduleSegment segment = await(api.schedule().createChannelStreamScheduleSegment(
                NewSegment.once(nextWeek(), "UTC", Duration.ofHours(1)).withTitle("Before")));
        twitch.clearHelixRequests();

        ScheduleSegment updated = await(api.schedule().updateChannelStreamScheduleSegment(segment.id(),
                SegmentUpdate.create().withTitle("After").withDuration(Duration.ofHours(3)).withCanceled(true)));

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("PATCH /schedule/segment");
        assertThat(request.param("id")).hasValue(segment.id());
        assertThat(request.param("broadcaster_id")).hasValue(caster.id());
        assertThat(request.body()).isEqualTo("{\"duration\":\"180\",\"title\":\"After\",\"is_canceled\":true}");
        assertThat(updated.title()).isEqualTo("After");
        assertThat(updated.endTime()).isEqualTo(segment.startTime().plus(Duration.ofHours(3)));
        assertThat(updated.canceledUntil()).isEqualTo(updated.endTime());
        assertThat(await(api.schedule().getChannelStreamSchedule(caster.id(), List.of(segment.id()))))
                .extracting(ScheduleSegment::title).containsExactly("After");

        await(api.schedule().deleteChannelStreamScheduleSegment(segment.id()));

        MockHelixRequest delete = lastRequest();
        assertThat(delete.route()).isEqualTo("DELETE /schedule/segment");
        assertThat(delete.param("id")).hasValue(segment.id());
        assertThat(await(api.schedule().getChannelStreamSchedule(caster.id(), List.of(segment.id())))).isEmpty();
        assertThat(failure(api.schedule().deleteChannelStreamScheduleSegment(segment.id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("segment was not found");
    }

    @Test
    void theICalendarFeedIsTextFetchedWithoutCredentials() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        await(api.schedule().createChannelStreamScheduleSegment(NewSegment.weekly(nextWeek(), "America/New_York",
                Duration.ofHours(1)).withTitle("Science, live").withCategory("509670")));
        twitch.revokeToken(caster.accessToken());
        twitch.clearHelixRequests();

        String calendar = await(api.schedule().getChannelICalendar(caster.id()));

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("NAME:" + caster.displayName() + "\r\n")
                .contains("SUMMARY:Science\\, live\r\n").contains("CATEGORIES:Science & Technology\r\n")
                .contains("DTSTART;TZID=/America/New_York:").contains("RRULE:FREQ=WEEKLY\r\n")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(twitch.helixRequests()).as("a public route: not through the Helix gate").isEmpty();
        assertThat(twitch.refreshCount(caster.id())).as("the revoked token was never sent").isZero();
    }

    @Test
    void aBroadcasterWithoutAScheduleIsTwitchsNotFound() {
        MockUser caster = broadcaster();
        assertThat(failure(api(caster).schedule().getStreamSchedule(caster.id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("has not created a streaming schedule");
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        Instant start = nextWeek();

        invalid(() -> NewSegment.weekly(start, "UTC", Duration.ofMinutes(29)), "30");
        invalid(() -> NewSegment.weekly(start, "UTC", Duration.ofMinutes(1381)), "1380");
        invalid(() -> NewSegment.weekly(start, "UTC", Duration.ofSeconds(3630)), "whole minutes");
        invalid(() -> NewSegment.weekly(start, "Mars/Olympus", Duration.ofHours(1)), "IANA");
        invalid(() -> NewSegment.weekly(start, " ", Duration.ofHours(1)), "timezone");
        invalid(() -> NewSegment.weekly(start, "UTC", Duration.ofHours(1)).withTitle("x".repeat(141)), "140");
        invalid(() -> SegmentUpdate.create().withDuration(Duration.ofHours(24)), "1380");
        invalid(() -> ScheduleSettings.vacation(start, start, "UTC"), "after");
        invalid(() -> ScheduleSettings.vacation(start, start.plusSeconds(60), "Nowhere/Land"), "IANA");
        invalid(() -> ScheduleSettings.noVacation().withTimezone("Nowhere/Land"), "IANA");
        invalid(() -> new ScheduleSettings(false, start, null, null), "only for a vacation");
        invalid(() -> api.schedule().getChannelStreamSchedule(caster.id(), Collections.nCopies(101, "id")),
                "1 to 100");

        MockUser viewer = newUser("viewer");
        HelixApi unscoped = api(viewer);
        assertThat(failure(unscoped.schedule().createChannelStreamScheduleSegment(NewSegment.weekly(start, "UTC",
                Duration.ofHours(1))))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:schedule");
        assertThat(failure(unscoped.schedule().deleteChannelStreamScheduleSegment("s")))
                .isInstanceOf(MissingScopeException.class);
        assertThat(failure(app.application().schedule().updateChannelStreamSchedule(caster.id(),
                ScheduleSettings.noVacation()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("user access token");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
