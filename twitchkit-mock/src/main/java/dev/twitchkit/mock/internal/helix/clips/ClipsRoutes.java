package dev.twitchkit.mock.internal.helix.clips;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Channels;
import dev.twitchkit.mock.internal.world.Clips;
import dev.twitchkit.mock.internal.world.Games;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.Streams;
import dev.twitchkit.mock.internal.world.Videos;
import dev.twitchkit.mock.internal.world.World;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clips: captured from a live stream (Create Clip; the broadcaster must be live, as Twitch answers otherwise) or cut
 * from a video (Create Clip From VOD, by the broadcaster or an editor), listed by Get Clips and offered for download
 * to the broadcaster and its editors.
 */
public final class ClipsRoutes {
    static final int MAX_IDS = 100;
    static final int MAX_DOWNLOADS = 10;
    static final int MAX_PAGE = 100;
    static final double MIN_DURATION = 5;
    static final double MAX_DURATION = 60;
    static final double DEFAULT_DURATION = 30;
    private static final PageCursor CLIPS = new PageCursor("clips");
    private final World world;

    public ClipsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the four Clips routes. */
    public void mount(Router router) {
        router.helix("POST", "/clips", this::createClip);
        router.helix("GET", "/clips", this::getClips);
        router.helix("POST", "/videos/clips", this::createFromVod);
        router.helix("GET", "/clips/downloads", this::getDownloads);
    }

    private HttpReply createClip(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("clips:edit");
        String broadcasterId = request.query("broadcaster_id");
        world.user(broadcasterId).orElseThrow(() -> TwitchHttpError.badRequest(
                "The ID in the broadcaster_id query parameter was not found."));
        double duration = duration(request);
        if (world.bans().active(broadcasterId, request.token().userId()).isPresent()) {
            throw TwitchHttpError.forbidden("The user is banned or timed out from the broadcaster's channel.");
        }
        Streams.Stream stream = world.streams().live(broadcasterId).orElseThrow(() -> TwitchHttpError.notFound(
                "The broadcaster in the broadcaster_id query parameter must be broadcasting live."));
        Channels.Info channel = world.channels().info(broadcasterId);
        String title = request.optionalQuery("title").orElse(channel.title());
        int position = (int) Duration.between(stream.startedAt(), world.now()).toSeconds();
        Clips.Clip clip = new Clips.Clip(Clips.newId(), broadcasterId, request.token().userId(), stream.videoId(),
                channel.gameId(), channel.language(), title, world.now(), duration,
                Math.max(0, position - (int) duration), false);
        world.clips().add(clip);
        return created(clip);
    }

    private HttpReply createFromVod(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireScope("channel:manage:clips", "editor:manage:clips");
        String editorId = request.query("editor_id");
        String broadcasterId = request.query("broadcaster_id");
        String vodId = request.query("vod_id");
        request.query("vod_offset");
        int vodOffset = request.intQuery("vod_offset", 0, 0, Integer.MAX_VALUE);
        String title = request.query("title");
        double duration = duration(request);
        if (vodOffset < duration) {
            throw TwitchHttpError.badRequest("The value of vod_offset must be greater than or equal to the duration.");
        }
        requireEditor(request.token(), editorId, broadcasterId);
        Videos.Video video = world.videos().find(vodId).filter(v -> v.userId().equals(broadcasterId))
                .orElseThrow(() -> TwitchHttpError.notFound("The VOD is not found."));
        if (vodOffset > video.length(world.now()).toSeconds()) {
            throw TwitchHttpError.badRequest("The vod_offset is past the end of the VOD.");
        }
        Clips.Clip clip = new Clips.Clip(Clips.newId(), broadcasterId, editorId, video.id(), video.gameId(),
                video.language(), title, world.now(), duration, vodOffset - (int) Math.ceil(duration), false);
        world.clips().add(clip);
        return created(clip);
    }

    private HttpReply getClips(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        Optional<String> broadcasterId = request.optionalQuery("broadcaster_id");
        Optional<String> gameId = request.optionalQuery("game_id");
        List<String> ids = request.queryAll("id", MAX_IDS);
        int given = (broadcasterId.isPresent() ? 1 : 0) + (gameId.isPresent() ? 1 : 0) + (ids.isEmpty() ? 0 : 1);
        if (given == 0) {
            throw TwitchHttpError.badRequest("The id or game_id or broadcaster_id query parameter is required.");
        }
        if (given > 1) {
            throw TwitchHttpError.badRequest("The id, game_id, and broadcaster_id query parameters are mutually "
                    + "exclusive; you may specify only one of them.");
        }
        if (gameId.isPresent() && Games.nameOf(gameId.get()).isEmpty()) {
            throw TwitchHttpError.notFound("The ID in game_id was not found.");
        }
        Optional<Instant> startedAt = instant(request, "started_at");
        Optional<Instant> endedAt = instant(request, "ended_at");
        Optional<Instant> end = endedAt.or(() -> startedAt.map(s -> s.plus(Duration.ofDays(7))));
        Optional<Boolean> featured = request.optionalQuery("is_featured").map(v -> request.boolQuery("is_featured",
                false));
        Set<String> idSet = new HashSet<>(ids);
        Predicate<Clips.Clip> selected = broadcasterId.<Predicate<Clips.Clip>>map(b -> c -> c.broadcasterId()
                .equals(b)).or(() -> gameId.map(g -> c -> c.gameId().equals(g))).orElse(c -> idSet.contains(c.id()));
        List<Clips.Clip> clips = world.clips().all().stream().filter(selected)
                .filter(c -> startedAt.map(s -> !c.createdAt().isBefore(s)).orElse(true))
                .filter(c -> end.map(e -> !c.createdAt().isAfter(e)).orElse(true))
                .filter(c -> featured.map(f -> c.featured() == f).orElse(true))
                .toList();
        return HttpReply.ok(request.page(clips, CLIPS, 20, MAX_PAGE, this::render));
    }

    private HttpReply getDownloads(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireScope("channel:manage:clips", "editor:manage:clips");
        String editorId = request.query("editor_id");
        String broadcasterId = request.query("broadcaster_id");
        request.query("clip_id");
        List<String> clipIds = request.queryAll("clip_id", MAX_DOWNLOADS);
        requireEditor(request.token(), editorId, broadcasterId);
        List<Clips.Clip> clips = clipIds.stream().distinct().map(world.clips()::find).flatMap(Optional::stream)
                .filter(c -> c.broadcasterId().equals(broadcasterId)).toList();
        if (clips.isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in the broadcaster_id, editor_id, or clip_id query parameter "
                    + "is not valid.");
        }
        return HttpReply.ok(HelixRequest.data(clips, c -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("clip_id", c.id());
            node.put("landscape_download_url", "https://production.assets.clips.twitchcdn.net/" + c.id()
                    + "/landscape.mp4");
            node.putNull("portrait_download_url");
            return node;
        }));
    }

    /**
     * The editor must be the token's user (an app token passes), a known user, and the broadcaster or one of its
     * editors.
     */
    private void requireEditor(AuthStore.Token token, String editorId, String broadcasterId) {
        if (!token.isApp() && !editorId.equals(token.userId())) {
            throw TwitchHttpError.unauthorized("The ID in editor_id must match the user ID in the access token.");
        }
        if (world.user(broadcasterId).isEmpty() || world.user(editorId).isEmpty()) {
            throw TwitchHttpError.notFound("The broadcaster_id or the editor_id does not exist.");
        }
        if (!editorId.equals(broadcasterId) && !world.roles().has(broadcasterId, Roles.Role.EDITOR, editorId)) {
            throw TwitchHttpError.forbidden("The user is not an editor for the specified broadcaster.");
        }
    }

    /** {@code duration}: 5 to 60 seconds, precision 0.1, 30 when absent. */
    private static double duration(HelixRequest request) {
        Optional<String> raw = request.optionalQuery("duration");
        if (raw.isEmpty()) {
            return DEFAULT_DURATION;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (!(value >= MIN_DURATION && value <= MAX_DURATION)) {
                throw TwitchHttpError.badRequest("The parameter \"duration\" must be between 5 and 60");
            }
            return Math.round(value * 10) / 10.0;
        } catch (NumberFormatException e) {
            throw TwitchHttpError.badRequest("The parameter \"duration\" must be a number");
        }
    }

    private static Optional<Instant> instant(HelixRequest request, String name) {
        try {
            return request.optionalQuery(name).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw TwitchHttpError.badRequest("The parameter \"" + name + "\" must be an RFC3339 date and time");
        }
    }

    private HttpReply created(Clips.Clip clip) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", clip.id());
        node.put("edit_url", "https://www.twitch.tv/" + login(clip.broadcasterId()) + "/clip/" + clip.id());
        return HttpReply.ok(HelixRequest.data(List.of(node), n -> n));
    }

    private ObjectNode render(Clips.Clip clip) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", clip.id());
        node.put("url", "https://clips.twitch.tv/" + clip.id());
        node.put("embed_url", "https://clips.twitch.tv/embed?clip=" + clip.id());
        node.put("broadcaster_id", clip.broadcasterId());
        node.put("broadcaster_name", name(clip.broadcasterId()));
        node.put("creator_id", clip.creatorId());
        node.put("creator_name", name(clip.creatorId()));
        node.put("video_id", clip.videoId());
        node.put("game_id", clip.gameId());
        node.put("language", clip.language());
        node.put("title", clip.title());
        node.put("view_count", 0);
        node.put("created_at", clip.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("thumbnail_url", "https://clips-media-assets.twitch.tv/" + clip.id() + "-preview-480x272.jpg");
        node.put("duration", clip.duration());
        if (clip.vodOffset() == null) {
            node.putNull("vod_offset");
        } else {
            node.put("vod_offset", clip.vodOffset());
        }
        node.put("is_featured", clip.featured());
        return node;
    }

    private String login(String userId) {
        return world.user(userId).map(AuthStore.User::login).orElse("");
    }

    private String name(String userId) {
        return world.user(userId).map(AuthStore.User::displayName).orElse("");
    }
}
