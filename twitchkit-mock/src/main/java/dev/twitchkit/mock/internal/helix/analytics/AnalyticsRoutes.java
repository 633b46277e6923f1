package dev.twitchkit.mock.internal.helix.analytics;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.world.World;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Analytics: one {@code overview_v2} report URL per extension (or game) the token's user owns, over the window
 * asked for or Twitch's default (extensions: since 2018-01-31; games: the last year; both up to two days ago).
 */
public final class AnalyticsRoutes {
    static final String TYPE = "overview_v2";
    static final Instant EARLIEST_EXTENSION_DATA = Instant.parse("2018-01-31T00:00:00Z");
    private static final String REPORTS = "https://twitch-piper-reports.s3-us-west-2.amazonaws.com/";
    private static final PageCursor EXTENSION_REPORTS = new PageCursor("extension-analytics");
    private static final PageCursor GAME_REPORTS = new PageCursor("game-analytics");
    private final World world;

    /** Routes reading {@code world}. */
    public AnalyticsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the analytics routes. */
    public void mount(Router router) {
        router.helix("GET", "/analytics/extensions", this::getExtensionAnalytics);
        router.helix("GET", "/analytics/games", this::getGameAnalytics);
    }

    private HttpReply getExtensionAnalytics(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("analytics:read:extensions");
        Instant[] range = range(request, EARLIEST_EXTENSION_DATA);
        List<String> owned = world.extensions().ownedBy(request.token().userId()).stream()
                .map(ExtensionState::id).sorted().toList();
        List<String> ids = only(request.optionalQuery("extension_id"), owned, "extension");
        return HttpReply.ok(request.page(ids, EXTENSION_REPORTS, 20, 100,
                id -> report("extension_id", id, REPORTS + "dynamic/" + id + "/" + TYPE + ".csv", range)));
    }

    private HttpReply getGameAnalytics(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("analytics:read:games");
        Instant[] range = range(request, world.now().minus(Duration.ofDays(365)).truncatedTo(ChronoUnit.DAYS));
        List<String> owned = world.analytics().gamesOf(request.token().userId());
        List<String> ids = only(request.optionalQuery("game_id"), owned, "game");
        return HttpReply.ok(request.page(ids, GAME_REPORTS, 20, 100,
                id -> report("game_id", id, REPORTS + "games/" + id + "/overview/" + TYPE + ".csv", range)));
    }

    /** The one id asked for (404 unless owned), or every owned one. */
    private static List<String> only(Optional<String> id, List<String> owned, String kind) {
        if (id.isEmpty()) {
            return owned;
        }
        if (!owned.contains(id.get())) {
            throw TwitchHttpError.notFound("The " + kind + " specified in the " + kind + "_id query parameter was "
                    + "not found.");
        }
        return List.of(id.get());
    }

    /** The report window: both dates or neither (Twitch's default), the end not before the start. */
    private Instant[] range(HelixRequest request, Instant defaultStart) {
        request.optionalQuery("type").filter(t -> !t.equals(TYPE)).ifPresent(t -> {
            throw TwitchHttpError.badRequest("The type query parameter must be " + TYPE + ".");
        });
        Optional<Instant> start = request.optionalQuery("started_at").map(AnalyticsRoutes::instant);
        Optional<Instant> end = request.optionalQuery("ended_at").map(AnalyticsRoutes::instant);
        if (start.isPresent() != end.isPresent()) {
            throw TwitchHttpError.badRequest("The start and end dates are optional but if you specify one, you must "
                    + "specify the other.");
        }
        if (start.isPresent() && end.get().isBefore(start.get())) {
            throw TwitchHttpError.badRequest("The end date must be equal to or later than the start date.");
        }
        Instant latest = world.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS);
        return new Instant[] {start.orElse(defaultStart), end.orElse(latest)};
    }

    private static JsonNode report(String idField, String id, String url, Instant[] range) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(idField, id);
        node.put("URL", url);
        node.put("type", TYPE);
        node.putObject("date_range").put("started_at", range[0].toString()).put("ended_at", range[1].toString());
        return node;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw TwitchHttpError.badRequest("Dates must be in RFC3339 format.");
        }
    }
}
