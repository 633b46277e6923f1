package dev.twitchkit.mock.internal.helix.videos;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Games;
import dev.twitchkit.mock.internal.world.Videos;
import dev.twitchkit.mock.internal.world.World;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Videos: the archives the world's streams left (each stream records one from its start), listed by id, user or
 * category with Twitch's filters, and deleted by their owner.
 */
public final class VideosRoutes {
    static final int MAX_IDS = 100;
    static final int MAX_DELETE = 5;
    static final int MAX_PAGE = 100;
    private static final Set<String> TYPES = Set.of("all", "archive", "highlight", "upload");
    private static final Set<String> SORTS = Set.of("time", "trending", "views");
    private static final Map<String, Duration> PERIODS = Map.of("day", Duration.ofDays(1), "week",
            Duration.ofDays(7), "month", Duration.ofDays(30));
    private static final PageCursor VIDEOS = new PageCursor("videos");
    private final World world;

    public VideosRoutes(World world) {
        this.world = world;
    }

    /** Mounts the two Videos routes. */
    public void mount(Router router) {
        router.helix("GET", "/videos", this::getVideos);
        router.helix("DELETE", "/videos", this::deleteVideos);
    }

    private HttpReply getVideos(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        List<String> ids = request.queryAll("id", MAX_IDS);
        Optional<String> userId = request.optionalQuery("user_id");
        Optional<String> gameId = request.optionalQuery("game_id");
        int given = (ids.isEmpty() ? 0 : 1) + (userId.isPresent() ? 1 : 0) + (gameId.isPresent() ? 1 : 0);
        if (given != 1) {
            throw TwitchHttpError.badRequest(given == 0
                    ? "The request must specify either the id or user_id or game_id query parameter."
                    : "The id, user_id, and game_id query parameters are mutually exclusive; you must specify only "
                    + "one of them.");
        }
        if (!ids.isEmpty()) {
            List<Videos.Video> found = new LinkedHashSet<>(ids).stream().map(world.videos()::find)
                    .flatMap(Optional::stream).toList();
            if (found.isEmpty()) {
                throw TwitchHttpError.notFound("The ID in the id query parameter was not found.");
            }
            return HttpReply.ok(HelixRequest.data(found, this::render));
        }
        String type = choice(request, "type", "all", TYPES);
        String sort = choice(request, "sort", "time", SORTS);
        String period = choice(request, "period", "all", Set.of("all", "day", "week", "month"));
        Optional<String> language = request.optionalQuery("language");
        if (gameId.isPresent() && Games.nameOf(gameId.get()).isEmpty()) {
            throw TwitchHttpError.notFound("The ID in the game_id query parameter was not found.");
        }
        if (userId.isPresent()) {
            world.requireUser(userId.get(), "user_id");
        }
        Instant since = period.equals("all") ? Instant.MIN : world.now().minus(PERIODS.get(period));
        Comparator<Videos.Video> order = sort.equals("time") ? Comparator.comparing(Videos.Video::createdAt)
                .reversed() : Comparator.comparingInt(Videos.Video::viewCount).reversed();
        List<Videos.Video> videos = world.videos().all().stream()
                .filter(v -> userId.map(v.userId()::equals).orElseGet(() -> v.gameId().equals(gameId.get())))
                .filter(v -> type.equals("all") || v.type().equals(type))
                .filter(v -> gameId.isEmpty() || language.map(v.language()::equalsIgnoreCase).orElse(true))
                .filter(v -> !v.createdAt().isBefore(since))
                .sorted(order).toList();
        return HttpReply.ok(request.page(videos, VIDEOS, 20, MAX_PAGE, this::render));
    }

    /** As Twitch: unknown ids are ignored; when one video is not the token user's, none is deleted. */
    private HttpReply deleteVideos(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:videos");
        request.query("id");
        List<String> ids = request.queryAll("id", MAX_DELETE);
        String userId = request.token().userId();
        boolean foreign = ids.stream().map(world.videos()::find).flatMap(Optional::stream)
                .anyMatch(v -> !v.userId().equals(userId));
        if (foreign) {
            throw TwitchHttpError.unauthorized("The caller is not authorized to delete the specified video.");
        }
        List<String> deleted = world.videos().delete(new LinkedHashSet<>(ids));
        return HttpReply.ok(HelixRequest.data(deleted, id -> JsonNodeFactory.instance.stringNode(id)));
    }

    private static String choice(HelixRequest request, String name, String fallback, Set<String> allowed) {
        String value = request.optionalQuery(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw TwitchHttpError.badRequest("The value in the " + name + " query parameter is not valid.");
        }
        return value;
    }

    private ObjectNode render(Videos.Video video) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", video.id());
        node.put("stream_id", video.streamId());
        world.putUser(node, "user", video.userId());
        node.put("title", video.title());
        node.put("description", video.description());
        String created = video.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
        node.put("created_at", created);
        node.put("published_at", created);
        node.put("url", "https://www.twitch.tv/videos/" + video.id());
        String login = world.user(video.userId()).map(AuthStore.User::login).orElse("");
        node.put("thumbnail_url", "https://static-cdn.jtvnw.net/cf_vods/d2nvs31859zcd8/" + login + "/" + video.id()
                + "/thumb/index-0000000000-%{width}x%{height}.jpg");
        node.put("viewable", "public");
        node.put("view_count", video.viewCount());
        node.put("language", video.language());
        node.put("type", video.type());
        node.put("duration", duration(video.length(world.now())));
        node.putNull("muted_segments");
        return node;
    }

    /** Twitch's video length: {@code 1h2m3s}, {@code 3m21s}, {@code 45s}. */
    static String duration(Duration length) {
        StringBuilder out = new StringBuilder();
        if (length.toHours() > 0) {
            out.append(length.toHours()).append('h');
        }
        if (length.toHours() > 0 || length.toMinutesPart() > 0) {
            out.append(length.toMinutesPart()).append('m');
        }
        return out.append(length.toSecondsPart()).append('s').toString();
    }
}
