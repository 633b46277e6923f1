package dev.twitchkit.helix.schedule;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixException;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.Page;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.helix.TokenType;
import dev.twitchkit.internal.Checks;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * A broadcaster's streaming schedule: its segments (one-time or weekly broadcasts, each occurrence cancelable),
 * vacation, and the public iCalendar feed. Writes require the broadcaster to be the token's user, so each has an
 * overload without it.
 */
public final class ScheduleApi {
    /** Twitch's limit on a segment's title. */
    public static final int MAX_TITLE_LENGTH = 140;
    /** The shortest broadcast, in minutes. */
    public static final int MIN_DURATION_MINUTES = 30;
    /** The longest broadcast, in minutes (23 h). */
    public static final int MAX_DURATION_MINUTES = 1380;
    /** The most segment ids one Get Channel Stream Schedule call takes. */
    public static final int MAX_IDS = 100;
    private static final String CATEGORY = "Schedule";

    static final Endpoint<ScheduleResponse> GET_SCHEDULE =
            Endpoint.declare(CATEGORY, "Get Channel Stream Schedule", "getChannelStreamSchedule")
                    .route("GET", "/schedule").pages(25).json(ScheduleResponse.class);
    static final Endpoint<String> GET_ICALENDAR =
            Endpoint.declare(CATEGORY, "Get Channel iCalendar", "getChannelICalendar")
                    .route("GET", "/schedule/icalendar").tokens(TokenType.NONE).text();
    static final Endpoint<Void> UPDATE_SETTINGS =
            Endpoint.declare(CATEGORY, "Update Channel Stream Schedule", "updateChannelStreamSchedule")
                    .route("PATCH", "/schedule/settings").scopes(Scope.CHANNEL_MANAGE_SCHEDULE).userToken()
                    .noContent();
    static final Endpoint<ScheduleResponse> CREATE_SEGMENT =
            Endpoint.declare(CATEGORY, "Create Channel Stream Schedule Segment", "createChannelStreamScheduleSegment")
                    .route("POST", "/schedule/segment").scopes(Scope.CHANNEL_MANAGE_SCHEDULE).userToken()
                    .json(ScheduleResponse.class);
    static final Endpoint<ScheduleResponse> UPDATE_SEGMENT =
            Endpoint.declare(CATEGORY, "Update Channel Stream Schedule Segment", "updateChannelStreamScheduleSegment")
                    .route("PATCH", "/schedule/segment").scopes(Scope.CHANNEL_MANAGE_SCHEDULE).userToken()
                    .json(ScheduleResponse.class);
    static final Endpoint<Void> DELETE_SEGMENT =
            Endpoint.declare(CATEGORY, "Delete Channel Stream Schedule Segment", "deleteChannelStreamScheduleSegment")
                    .route("DELETE", "/schedule/segment").scopes(Scope.CHANNEL_MANAGE_SCHEDULE).userToken()
                    .noContent();

    private final HelixApi api;

    /** The schedule endpoints on {@code api}'s token. */
    public ScheduleApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Every upcoming segment of the broadcaster's schedule, 25 a page. A broadcaster who never made a schedule
     * fails the first page with Twitch's {@link dev.twitchkit.helix.NotFoundException}.
     */
    public Paginator<ScheduleSegment> getChannelStreamSchedule(String broadcasterId) {
        return getChannelStreamSchedule(broadcasterId, (Instant) null);
    }

    /** The broadcaster's segments from {@code startTime} on (null: from now), 25 a page. */
    public Paginator<ScheduleSegment> getChannelStreamSchedule(String broadcasterId, Instant startTime) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return pages(HelixQuery.create().add("broadcaster_id", broadcasterId).add("start_time", startTime));
    }

    /** The broadcaster's segments with these ids (at most {@value #MAX_IDS}), every page of them. */
    public CompletableFuture<List<ScheduleSegment>> getChannelStreamSchedule(String broadcasterId,
                                                                            Collection<String> segmentIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(segmentIds, "segmentIds");
        if (segmentIds.isEmpty() || segmentIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("segmentIds must hold 1 to " + MAX_IDS + " ids, got "
                    + segmentIds.size());
        }
        segmentIds.forEach(id -> Checks.notBlank(id, "segment id"));
        return pages(HelixQuery.create().add("broadcaster_id", broadcasterId).addAll("id", segmentIds)).all();
    }

    /**
     * The first page of the broadcaster's schedule with its broadcaster and vacation: what a schedule page shows.
     * {@link #getChannelStreamSchedule(String)} walks every segment.
     */
    public CompletableFuture<StreamSchedule> getStreamSchedule(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_SCHEDULE.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null)
                .thenApply(ScheduleApi::schedule);
    }

    /**
     * The broadcaster's schedule as an iCalendar (RFC 5545) document. Twitch serves it to anyone: no credentials
     * are sent, so it works on any {@code HelixApi}.
     */
    public CompletableFuture<String> getChannelICalendar(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_ICALENDAR.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** Schedules or cancels the broadcaster's vacation. */
    public CompletableFuture<Void> updateChannelStreamSchedule(String broadcasterId, ScheduleSettings settings) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(settings, "settings");
        return UPDATE_SETTINGS.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("is_vacation_enabled", settings.vacationEnabled())
                .add("vacation_start_time", settings.vacationStart())
                .add("vacation_end_time", settings.vacationEnd())
                .add("timezone", settings.timezone()), null);
    }

    /** Schedules or cancels the token's user's vacation. */
    public CompletableFuture<Void> updateChannelStreamSchedule(ScheduleSettings settings) {
        return updateChannelStreamSchedule(api.userId(), settings);
    }

    /** Adds a broadcast to the broadcaster's schedule; the segment Twitch made (its first occurrence). */
    public CompletableFuture<ScheduleSegment> createChannelStreamScheduleSegment(String broadcasterId,
                                                                                NewSegment segment) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(segment, "segment");
        return CREATE_SEGMENT.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId),
                Bodies.of("start_time", segment.startTime().toString(), "timezone", segment.timezone(),
                        "duration", minutes(segment.duration()), "is_recurring", segment.isRecurring(),
                        "category_id", segment.categoryId(), "title", segment.title()))
                .thenApply(r -> onlySegment(r, CREATE_SEGMENT));
    }

    /** Adds a broadcast to the token's user's schedule. */
    public CompletableFuture<ScheduleSegment> createChannelStreamScheduleSegment(NewSegment segment) {
        return createChannelStreamScheduleSegment(api.userId(), segment);
    }

    /** Changes a scheduled broadcast; the segment as it now is. */
    public CompletableFuture<ScheduleSegment> updateChannelStreamScheduleSegment(String broadcasterId,
                                                                                String segmentId,
                                                                                SegmentUpdate update) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(segmentId, "segmentId");
        Checks.notNull(update, "update");
        return UPDATE_SEGMENT.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId).add("id", segmentId),
                Bodies.of("start_time", update.startTime() == null ? null : update.startTime().toString(),
                        "duration", update.duration() == null ? null : minutes(update.duration()),
                        "category_id", update.categoryId(), "title", update.title(),
                        "is_canceled", update.isCanceled(), "timezone", update.timezone()))
                .thenApply(r -> onlySegment(r, UPDATE_SEGMENT));
    }

    /** Changes a scheduled broadcast of the token's user. */
    public CompletableFuture<ScheduleSegment> updateChannelStreamScheduleSegment(String segmentId,
                                                                                SegmentUpdate update) {
        return updateChannelStreamScheduleSegment(api.userId(), segmentId, update);
    }

    /** Removes a broadcast from the schedule; for a recurring one, every occurrence. */
    public CompletableFuture<Void> deleteChannelStreamScheduleSegment(String broadcasterId, String segmentId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(segmentId, "segmentId");
        return DELETE_SEGMENT.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId).add("id", segmentId),
                null);
    }

    /** Removes a broadcast from the token's user's schedule. */
    public CompletableFuture<Void> deleteChannelStreamScheduleSegment(String segmentId) {
        return deleteChannelStreamScheduleSegment(api.userId(), segmentId);
    }

    static void checkTimezone(String timezone) {
        Checks.notBlank(timezone, "timezone");
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timezone must be an IANA time zone such as America/New_York, got "
                    + timezone);
        }
    }

    static void checkDuration(Duration duration) {
        Checks.notNull(duration, "duration");
        if (duration.toNanos() % Duration.ofMinutes(1).toNanos() != 0) {
            throw new IllegalArgumentException("duration must be whole minutes, got " + duration);
        }
        Checks.inRange((int) Math.min(duration.toMinutes(), Integer.MAX_VALUE), MIN_DURATION_MINUTES,
                MAX_DURATION_MINUTES, "duration in minutes");
    }

    private static String minutes(Duration duration) {
        // Twitch's reference types the duration as a string of minutes.
        return Long.toString(duration.toMinutes());
    }

    private Paginator<ScheduleSegment> pages(HelixQuery query) {
        // data is one object holding the segments, so the plain ListEndpoint paging does not apply.
        return Paginator.of((cursor, size) -> GET_SCHEDULE.call(api, query.copy().add("first", size)
                .add("after", cursor), null).thenApply(ScheduleApi::page), GET_SCHEDULE.pageSize());
    }

    private static Page<ScheduleSegment> page(ScheduleResponse response) {
        return new Page<>(schedule(response).segments(), Optional.ofNullable(response.cursor()), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    private static StreamSchedule schedule(ScheduleResponse response) {
        if (response == null || response.data() == null) {
            throw new HelixException(200, GET_SCHEDULE.route(), "Twitch answered without a schedule");
        }
        return response.data();
    }

    private static ScheduleSegment onlySegment(ScheduleResponse response, Endpoint<?> endpoint) {
        if (response == null || response.data() == null || response.data().segments().isEmpty()) {
            throw new HelixException(200, endpoint.route(), "Twitch answered without a segment");
        }
        return response.data().segments().get(0);
    }
}
