package dev.twitchkit.mock.internal.helix.schedule;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Schedules;
import dev.twitchkit.mock.internal.world.World;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Twitch's Schedule endpoints: the schedule (its {@code data} is one object holding the segments, paged 25 at
 * most), the public iCalendar feed (served outside the Helix gate: Twitch asks no credentials for it), the vacation
 * settings and the segment writes, with Twitch's limits and error answers. Schedule changes raise no EventSub event.
 */
public final class ScheduleRoutes {
    private static final String MANAGE = "channel:manage:schedule";
    private static final int MAX_IDS = 100;
    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PAGE = 25;
    private static final int MAX_TITLE = 140;
    private static final PageCursor CURSOR = new PageCursor("schedule");

    private final World world;

    public ScheduleRoutes(World world) {
        this.world = world;
    }

    /** Mounts the six routes. */
    public void mount(Router router) {
        router.helix("GET", "/schedule", this::getSchedule);
        router.publicHelix("GET", "/schedule/icalendar", this::getICalendar);
        router.helix("PATCH", "/schedule/settings", this::updateSettings);
        router.helix("POST", "/schedule/segment", this::createSegment);
        router.helix("PATCH", "/schedule/segment", this::updateSegment);
        router.helix("DELETE", "/schedule/segment", this::deleteSegment);
    }

    private HttpReply getSchedule(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = knownBroadcaster(request.query("broadcaster_id"));
        List<String> ids = request.queryAll("id", MAX_IDS);
        Instant from = request.optionalQuery("start_time").map(v -> time(v, "start_time")).orElse(world.now());
        if (!world.schedules().exists(broadcasterId)) {
            throw TwitchHttpError.notFound("The broadcaster has not created a streaming schedule.");
        }
        List<Schedules.Occurrence> occurrences = ids.isEmpty()
                ? world.schedules().occurrences(broadcasterId, from)
                : world.schedules().byIds(broadcasterId, ids);
        ObjectNode page = request.page(occurrences, CURSOR, DEFAULT_PAGE, MAX_PAGE, ScheduleRoutes::segment);
        page.set("data", schedule(broadcasterId, (ArrayNode) page.get("data")));
        return HttpReply.ok(page);
    }

    private HttpReply getICalendar(HttpExchange exchange) {
        String broadcasterId = exchange.query("broadcaster_id").filter(v -> !v.isBlank())
                .orElseThrow(() -> TwitchHttpError.badRequest("Missing required parameter \"broadcaster_id\""));
        String name = world.user(broadcasterId).map(u -> u.displayName()).orElseThrow(() ->
                TwitchHttpError.badRequest("The ID in the broadcaster_id query parameter is not valid."));
        return HttpReply.text("text/calendar; charset=utf-8",
                ICalendar.render(name, world.schedules().segments(broadcasterId), world.now()));
    }

    private HttpReply updateSettings(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUser("broadcaster_id");
        boolean vacation = request.boolQuery("is_vacation_enabled", false);
        String timezone = request.optionalQuery("timezone").map(ScheduleRoutes::timezone).orElse(null);
        Optional<Schedules.Vacation> settings = Optional.empty();
        if (vacation) {
            Instant start = time(request.query("vacation_start_time"), "vacation_start_time");
            Instant end = time(request.query("vacation_end_time"), "vacation_end_time");
            if (timezone == null) {
                throw TwitchHttpError.badRequest("Missing required parameter \"timezone\"");
            }
            if (!end.isAfter(start)) {
                throw TwitchHttpError.badRequest("The date in vacation_end_time must be later than the date in "
                        + "vacation_start_time.");
            }
            settings = Optional.of(new Schedules.Vacation(start, end));
        }
        world.schedules().settings(broadcasterId, settings, timezone);
        return HttpReply.noContent();
    }

    private HttpReply createSegment(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUser("broadcaster_id");
        JsonNode body = request.body();
        Instant start = time(HelixRequest.text(body, "start_time"), "start_time");
        String timezone = timezone(HelixRequest.text(body, "timezone"));
        int duration = duration(body.get("duration"));
        Boolean recurring = HelixRequest.optionalBool(body, "is_recurring");
        Schedules.Occurrence created = world.schedules().create(broadcasterId, start, timezone, duration,
                recurring == null || recurring, category(body), title(body));
        return HttpReply.ok(JsonNodeFactory.instance.objectNode().set("data",
                schedule(broadcasterId, JsonNodeFactory.instance.arrayNode().add(segment(created)))));
    }

    private HttpReply updateSegment(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUser("broadcaster_id");
        String id = request.query("id");
        JsonNode body = request.body();
        String start = HelixRequest.optionalText(body, "start_time");
        String timezone = HelixRequest.optionalText(body, "timezone");
        Schedules.SegmentChange change = new Schedules.SegmentChange(
                start == null ? null : time(start, "start_time"),
                body.hasNonNull("duration") ? duration(body.get("duration")) : null,
                category(body), title(body), HelixRequest.optionalBool(body, "is_canceled"),
                timezone == null ? null : timezone(timezone));
        Schedules.Occurrence updated = world.schedules().update(broadcasterId, id, change, world.now());
        return HttpReply.ok(JsonNodeFactory.instance.objectNode().set("data",
                schedule(broadcasterId, JsonNodeFactory.instance.arrayNode().add(segment(updated)))));
    }

    private HttpReply deleteSegment(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUser("broadcaster_id");
        world.schedules().delete(broadcasterId, request.query("id"));
        return HttpReply.noContent();
    }

    private String knownBroadcaster(String id) {
        if (world.user(id).isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in the broadcaster_id query parameter is not valid.");
        }
        return id;
    }

    private ObjectNode schedule(String broadcasterId, ArrayNode segments) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("segments", segments);
        world.putUser(data, "broadcaster", broadcasterId);
        Optional<Schedules.Vacation> vacation = world.schedules().vacation(broadcasterId);
        if (vacation.isPresent()) {
            data.putObject("vacation").put("start_time", vacation.get().start().toString())
                    .put("end_time", vacation.get().end().toString());
        } else {
            data.putNull("vacation");
        }
        return data;
    }

    private static JsonNode segment(Schedules.Occurrence o) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", o.id());
        node.put("start_time", o.start().toString());
        node.put("end_time", o.end().toString());
        node.put("title", o.segment().title());
        node.put("canceled_until", o.canceled() ? o.end().toString() : null);
        String category = o.segment().categoryId();
        if (category == null) {
            node.putNull("category");
        } else {
            node.putObject("category").put("id", category).put("name", Schedules.categoryName(category));
        }
        node.put("is_recurring", o.segment().recurring());
        return node;
    }

    private static Instant time(String value, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw TwitchHttpError.badRequest("The format of the date and time in " + field + " is not valid.");
        }
    }

    private static String timezone(String value) {
        try {
            ZoneId.of(value);
            return value;
        } catch (DateTimeException e) {
            throw TwitchHttpError.badRequest("The value in the timezone field is not valid.");
        }
    }

    /** Twitch's duration: minutes as a string ("60"), taken as a number too; 30 to 1,380. */
    private static int duration(JsonNode node) {
        if (node == null || node.isNull()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"duration\"");
        }
        try {
            int minutes = node.isString() ? Integer.parseInt(node.asString().trim())
                    : node.isIntegralNumber() && node.canConvertToInt() ? node.asInt() : -1;
            if (minutes >= 30 && minutes <= 1380) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw TwitchHttpError.badRequest("The value in the duration field is not valid.");
    }

    private static String category(JsonNode body) {
        String id = HelixRequest.optionalText(body, "category_id");
        if (id != null && !id.matches("[0-9]{1,18}")) {
            throw TwitchHttpError.badRequest("The ID in the category_id field is not valid.");
        }
        return id;
    }

    private static String title(JsonNode body) {
        String title = HelixRequest.optionalText(body, "title");
        if (title != null && title.length() > MAX_TITLE) {
            throw TwitchHttpError.badRequest("The string in the title field is too long.");
        }
        return title;
    }
}
