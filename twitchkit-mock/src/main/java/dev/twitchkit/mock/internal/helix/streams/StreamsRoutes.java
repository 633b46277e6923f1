package dev.twitchkit.mock.internal.helix.streams;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Channels;
import dev.twitchkit.mock.internal.world.Follows;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.Streams;
import dev.twitchkit.mock.internal.world.Videos;
import dev.twitchkit.mock.internal.world.World;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams: the live streams of the world (started and ended by {@code stream.online}/{@code stream.offline}
 * triggers and the mock's seeding), those a user follows, stream markers (only in a live stream, as Twitch) and the
 * stream key. A stream shows its channel's current title, category, language and tags.
 */
public final class StreamsRoutes {
    static final int MAX_FILTER_VALUES = 100;
    static final int MAX_PAGE = 100;
    static final int MAX_MARKER_DESCRIPTION = 140;
    private static final PageCursor STREAMS = new PageCursor("streams");
    private static final PageCursor FOLLOWED = new PageCursor("followed-streams");
    private static final PageCursor MARKERS = new PageCursor("markers");
    private final World world;

    public StreamsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the five Streams routes. */
    public void mount(Router router) {
        router.helix("GET", "/streams", this::getStreams);
        router.helix("GET", "/streams/followed", this::getFollowed);
        router.helix("GET", "/streams/key", this::getKey);
        router.helix("POST", "/streams/markers", this::createMarker);
        router.helix("GET", "/streams/markers", this::getMarkers);
    }

    private HttpReply getStreams(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        Set<String> userIds = filter(request, "user_id");
        Set<String> logins = new HashSet<>(request.queryAll("user_login", MAX_FILTER_VALUES).stream()
                .map(String::toLowerCase).toList());
        Set<String> games = filter(request, "game_id");
        Set<String> languages = filter(request, "language");
        String type = request.optionalQuery("type").orElse("all");
        if (!type.equals("all") && !type.equals("live")) {
            throw TwitchHttpError.badRequest("The value in the type query parameter is not valid.");
        }
        List<Streams.Stream> streams = world.streams().all().stream()
                .filter(s -> userIds.isEmpty() && logins.isEmpty() || userIds.contains(s.broadcasterId())
                        || logins.contains(login(s.broadcasterId())))
                .filter(s -> games.isEmpty() || games.contains(world.channels().info(s.broadcasterId()).gameId()))
                .filter(s -> languages.isEmpty()
                        || languages.contains(world.channels().info(s.broadcasterId()).language()))
                .filter(s -> type.equals("all") || s.type().equals(type))
                .toList();
        return HttpReply.ok(request.page(streams, STREAMS, 20, MAX_PAGE, this::render));
    }

    private HttpReply getFollowed(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:read:follows");
        String userId = request.tokenUser("user_id");
        List<Streams.Stream> streams = world.follows().followedBy(userId).stream().map(Follows.Follow::broadcasterId)
                .map(world.streams()::live).flatMap(Optional::stream).toList();
        return HttpReply.ok(request.page(streams, FOLLOWED, 100, MAX_PAGE, this::render));
    }

    private HttpReply getKey(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:read:stream_key");
        String broadcasterId = request.tokenUser("broadcaster_id");
        ObjectNode key = JsonNodeFactory.instance.objectNode();
        key.put("stream_key", world.streams().streamKey(broadcasterId));
        return HttpReply.ok(HelixRequest.data(List.of(key), k -> k));
    }

    private HttpReply createMarker(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:broadcast");
        String userId = HelixRequest.text(request.body(), "user_id");
        String description = Optional.ofNullable(HelixRequest.optionalText(request.body(), "description"))
                .orElse("");
        if (description.length() > MAX_MARKER_DESCRIPTION) {
            throw TwitchHttpError.badRequest("The length of the string in the description field is too long.");
        }
        world.user(userId).orElseThrow(() -> TwitchHttpError.notFound("The ID in the user_id field is not valid."));
        requireOwnerOrEditor(userId, request.token());
        Streams.Stream stream = world.streams().live(userId).orElseThrow(() ->
                TwitchHttpError.notFound("The user in the user_id field is not streaming live."));
        int position = (int) Duration.between(stream.startedAt(), world.now()).toSeconds();
        Streams.Marker marker = world.streams().addMarker(userId, request.token().userId(), stream.videoId(),
                world.now(), position, description);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", marker.id());
        node.put("created_at", second(marker));
        node.put("position_seconds", marker.positionSeconds());
        node.put("description", marker.description());
        return HttpReply.ok(HelixRequest.data(List.of(node), n -> n));
    }

    /**
     * The markers of the user's newest video or of the video asked, grouped as Twitch groups them (one user, one
     * video); the page counts markers.
     */
    private HttpReply getMarkers(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("user:read:broadcast", "channel:manage:broadcast");
        Optional<String> userId = request.optionalQuery("user_id");
        Optional<String> videoId = request.optionalQuery("video_id");
        if (userId.isPresent() == videoId.isPresent()) {
            throw TwitchHttpError.badRequest("The request must specify either the user_id or video_id query "
                    + "parameter, but not both.");
        }
        Videos.Video video;
        if (userId.isPresent()) {
            world.requireUser(userId.get(), "user_id");
            requireOwnerOrEditor(userId.get(), request.token());
            video = world.videos().newest(userId.get()).orElseThrow(() ->
                    TwitchHttpError.notFound("The user specified in the user_id query parameter doesn't have videos."));
        } else {
            video = world.videos().find(videoId.get()).orElseThrow(() ->
                    TwitchHttpError.notFound("The ID in the video_id query parameter was not found."));
            requireOwnerOrEditor(video.userId(), request.token());
        }
        List<Streams.Marker> markers = world.streams().markers(video.id());
        ObjectNode page = request.page(markers, MARKERS, 20, MAX_PAGE, m -> markerJson(m, video));
        ArrayNode shown = (ArrayNode) page.remove("data");
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        world.putUser(group, "user", video.userId());
        ObjectNode videoNode = group.putArray("videos").addObject();
        videoNode.put("video_id", video.id());
        videoNode.set("markers", shown);
        page.putArray("data").add(group);
        return HttpReply.ok(page);
    }

    private ObjectNode markerJson(Streams.Marker marker, Videos.Video video) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", marker.id());
        node.put("created_at", second(marker));
        node.put("description", marker.description());
        node.put("position_seconds", marker.positionSeconds());
        Duration at = Duration.ofSeconds(marker.positionSeconds());
        node.put("url", "https://twitch.tv/" + login(video.userId()) + "/manager/highlighter/" + video.id()
                + "?t=" + at.toHours() + "h" + at.toMinutesPart() + "m" + String.format("%02d", at.toSecondsPart())
                + "s");
        return node;
    }

    /** As Twitch: the token's user must be the broadcaster or one of its editors. */
    private void requireOwnerOrEditor(String broadcasterId, AuthStore.Token token) {
        if (!broadcasterId.equals(token.userId()) && !world.roles().has(broadcasterId, Roles.Role.EDITOR,
                token.userId())) {
            throw TwitchHttpError.forbidden("The user in the access token is not authorized to access the video "
                    + "markers of this user. The user must own the video or be one of the broadcaster's editors.");
        }
    }

    /** A stream as Get Streams and Get Followed Streams show it. */
    private ObjectNode render(Streams.Stream stream) {
        Channels.Info channel = world.channels().info(stream.broadcasterId());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", stream.id());
        world.putUser(node, "user", stream.broadcasterId());
        node.put("game_id", channel.gameId());
        node.put("game_name", channel.gameName());
        node.put("type", stream.type());
        node.put("title", channel.title());
        ArrayNode tags = node.putArray("tags");
        channel.tags().forEach(tags::add);
        node.put("viewer_count", 0);
        node.put("started_at", stream.startedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("language", channel.language());
        node.put("thumbnail_url", "https://static-cdn.jtvnw.net/previews-ttv/live_user_"
                + login(stream.broadcasterId()) + "-{width}x{height}.jpg");
        node.putArray("tag_ids");
        node.put("is_mature", false);
        return node;
    }

    private static Set<String> filter(HelixRequest request, String name) {
        return new HashSet<>(request.queryAll(name, MAX_FILTER_VALUES));
    }

    private String login(String userId) {
        return world.user(userId).map(AuthStore.User::login).orElse("");
    }

    private static String second(Streams.Marker marker) {
        return marker.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
