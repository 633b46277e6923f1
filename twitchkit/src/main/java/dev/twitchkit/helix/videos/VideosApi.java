package dev.twitchkit.helix.videos;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Videos: look up by id, user or category, and delete. */
public final class VideosApi {
    /** Twitch's limit on video ids in one Get Videos call; more are split into such calls. */
    public static final int MAX_IDS_PER_CALL = 100;
    /** Twitch's limit on videos deleted in one call. */
    public static final int MAX_DELETE = 5;
    private static final String CATEGORY = "Videos";

    static final ListEndpoint<Video> GET_VIDEOS = Endpoint.declare(CATEGORY, "Get Videos", "getVideos")
            .route("GET", "/videos").list(Video.class, 100);
    static final ListEndpoint<String> DELETE_VIDEOS = Endpoint.declare(CATEGORY, "Delete Videos", "deleteVideos")
            .route("DELETE", "/videos").scopes(Scope.CHANNEL_MANAGE_VIDEOS).userToken().data(String.class);

    private final HelixApi api;

    /** The video endpoints on {@code api}'s token. */
    public VideosApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * The videos with these ids (unknown ones are left out, but Twitch answers 404 when none of a call's ids is
     * known, which fails the whole look-up); more than 100 are looked up in calls of 100.
     */
    public CompletableFuture<List<Video>> getVideos(Collection<String> ids) {
        Checks.notNull(ids, "ids");
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("ids must name at least one video");
        }
        return GET_VIDEOS.lookup(api, null, "id", ids, MAX_IDS_PER_CALL);
    }

    /** The user's videos, 100 a page. */
    public Paginator<Video> getVideosOfUser(String userId, VideoFilter filter) {
        Checks.notBlank(userId, "userId");
        Checks.notNull(filter, "filter");
        if (filter.language() != null) {
            throw new IllegalArgumentException("Twitch filters by language only the videos of a category");
        }
        return GET_VIDEOS.paginate(api, filtered(HelixQuery.create().add("user_id", userId), filter));
    }

    /** The videos of a category, 100 a page (Twitch answers at most 500). */
    public Paginator<Video> getVideosOfGame(String gameId, VideoFilter filter) {
        Checks.notBlank(gameId, "gameId");
        Checks.notNull(filter, "filter");
        return GET_VIDEOS.paginate(api, filtered(HelixQuery.create().add("game_id", gameId), filter)
                .add("language", filter.language()));
    }

    /**
     * Deletes up to 5 of the token user's videos; unknown ids are ignored, and when one video is not the user's,
     * none is deleted (Twitch answers 401). Returns the ids deleted.
     */
    public CompletableFuture<List<String>> deleteVideos(Collection<String> ids) {
        Checks.notNull(ids, "ids");
        if (ids.isEmpty() || ids.size() > MAX_DELETE) {
            throw new IllegalArgumentException("ids must name 1 to " + MAX_DELETE + " videos, got " + ids.size());
        }
        ids.forEach(id -> Checks.notBlank(id, "id"));
        return DELETE_VIDEOS.data(api, HelixQuery.create().addAll("id", ids), null);
    }

    private static HelixQuery filtered(HelixQuery query, VideoFilter filter) {
        return query.add("type", filter.type()).add("period", filter.period()).add("sort", filter.sort());
    }
}
