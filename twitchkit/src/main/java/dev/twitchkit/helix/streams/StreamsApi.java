package dev.twitchkit.helix.streams;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Streams: live streams, the streams a user follows, stream markers and the stream key. */
public final class StreamsApi {
    /** Twitch's limit on a marker's description. */
    public static final int MAX_MARKER_DESCRIPTION = 140;
    private static final String CATEGORY = "Streams";

    static final ListEndpoint<StreamKey> GET_STREAM_KEY = Endpoint.declare(CATEGORY, "Get Stream Key",
            "getStreamKey").route("GET", "/streams/key").scopes(Scope.CHANNEL_READ_STREAM_KEY).userToken()
            .data(StreamKey.class);
    static final ListEndpoint<Stream> GET_STREAMS = Endpoint.declare(CATEGORY, "Get Streams", "getStreams")
            .route("GET", "/streams").list(Stream.class, 100);
    static final ListEndpoint<Stream> GET_FOLLOWED = Endpoint.declare(CATEGORY, "Get Followed Streams",
            "getFollowedStreams").route("GET", "/streams/followed").scopes(Scope.USER_READ_FOLLOWS).userToken()
            .list(Stream.class, 100);
    static final ListEndpoint<StreamMarker> CREATE_MARKER = Endpoint.declare(CATEGORY, "Create Stream Marker",
            "createStreamMarker").route("POST", "/streams/markers").scopes(Scope.CHANNEL_MANAGE_BROADCAST)
            .userToken().data(StreamMarker.class);
    static final ListEndpoint<UserMarkers> GET_MARKERS = Endpoint.declare(CATEGORY, "Get Stream Markers",
            "getStreamMarkers").route("GET", "/streams/markers")
            .scopes(Scope.USER_READ_BROADCAST, Scope.CHANNEL_MANAGE_BROADCAST).userToken()
            .list(UserMarkers.class, 100);

    private final HelixApi api;

    /** The stream endpoints on {@code api}'s token. */
    public StreamsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The channel's stream key (the broadcaster must be the token's user). */
    public CompletableFuture<StreamKey> getStreamKey(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_STREAM_KEY.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** The token user's stream key. */
    public CompletableFuture<StreamKey> getStreamKey() {
        return getStreamKey(api.userId());
    }

    /** The live streams the filter selects, 100 a page. */
    public Paginator<Stream> getStreams(StreamFilter filter) {
        Checks.notNull(filter, "filter");
        return GET_STREAMS.paginate(api, HelixQuery.create().addAll("user_id", filter.userIds())
                .addAll("user_login", filter.userLogins()).addAll("game_id", filter.gameIds())
                .addAll("language", filter.languages()).add("type", filter.liveOnly() ? "live" : null));
    }

    /**
     * The streams of these broadcasters that are live (the others are left out), any number of ids: more than 100
     * are looked up in calls of 100.
     */
    public CompletableFuture<List<Stream>> getStreams(Collection<String> userIds) {
        Checks.notNull(userIds, "userIds");
        if (userIds.isEmpty()) {
            throw new IllegalArgumentException("userIds must name at least one broadcaster");
        }
        return GET_STREAMS.lookup(api, HelixQuery.create().add("first", StreamFilter.MAX_VALUES), "user_id",
                userIds, StreamFilter.MAX_VALUES);
    }

    /** The live streams of the channels {@code userId} follows, 100 a page (the user must be the token's). */
    public Paginator<Stream> getFollowedStreams(String userId) {
        Checks.notBlank(userId, "userId");
        return GET_FOLLOWED.paginate(api, HelixQuery.create().add("user_id", userId));
    }

    /** The live streams of the channels the token user follows. */
    public Paginator<Stream> getFollowedStreams() {
        return getFollowedStreams(api.userId());
    }

    /**
     * Marks the current point of the broadcaster's live stream (Twitch answers 404 when it is not live).
     *
     * @param userId the broadcaster: the token's user or a channel it edits
     * @param description at most 140 characters, or null for none
     */
    public CompletableFuture<StreamMarker> createStreamMarker(String userId, String description) {
        Checks.notBlank(userId, "userId");
        if (description != null) {
            Checks.maxLength(description, MAX_MARKER_DESCRIPTION, "description");
        }
        Map<String, String> body = description == null ? Map.of("user_id", userId)
                : Map.of("user_id", userId, "description", description);
        return CREATE_MARKER.single(api, null, body);
    }

    /** Marks the current point of the token user's live stream. */
    public CompletableFuture<StreamMarker> createStreamMarker(String description) {
        return createStreamMarker(api.userId(), description);
    }

    /** The markers of the user's newest video, 100 a page (the token's user or a channel it edits). */
    public Paginator<UserMarkers> getStreamMarkers(String userId) {
        Checks.notBlank(userId, "userId");
        return GET_MARKERS.paginate(api, HelixQuery.create().add("user_id", userId));
    }

    /** The markers of a video, 100 a page (the token's user must own it or edit its channel). */
    public Paginator<UserMarkers> getStreamMarkersOfVideo(String videoId) {
        Checks.notBlank(videoId, "videoId");
        return GET_MARKERS.paginate(api, HelixQuery.create().add("video_id", videoId));
    }
}
