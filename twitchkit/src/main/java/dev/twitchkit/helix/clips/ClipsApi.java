package dev.twitchkit.helix.clips;

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

/** Clips: create from a live stream or from a video, look up, download. */
public final class ClipsApi {
    /** Twitch's limit on clip ids in one Get Clips call; more are split into such calls. */
    public static final int MAX_IDS_PER_CALL = 100;
    /** Twitch's limit on clips in one Get Clips Download call. */
    public static final int MAX_DOWNLOADS = 10;
    /** The shortest clip, in seconds. */
    public static final double MIN_DURATION = 5;
    /** The longest clip, in seconds. */
    public static final double MAX_DURATION = 60;
    private static final String CATEGORY = "Clips";

    static final ListEndpoint<CreatedClip> CREATE_CLIP = Endpoint.declare(CATEGORY, "Create Clip", "createClip")
            .route("POST", "/clips").scopes(Scope.CLIPS_EDIT).userToken().data(CreatedClip.class);
    static final ListEndpoint<Clip> GET_CLIPS = Endpoint.declare(CATEGORY, "Get Clips", "getClips")
            .route("GET", "/clips").list(Clip.class, 100);
    static final ListEndpoint<CreatedClip> CREATE_FROM_VOD = Endpoint.declare(CATEGORY, "Create Clip From VOD",
            "createClipFromVod").route("POST", "/videos/clips")
            .scopes(Scope.CHANNEL_MANAGE_CLIPS, Scope.EDITOR_MANAGE_CLIPS).data(CreatedClip.class);
    static final ListEndpoint<ClipDownload> GET_DOWNLOADS = Endpoint.declare(CATEGORY, "Get Clips Download",
            "getClipsDownload").route("GET", "/clips/downloads")
            .scopes(Scope.CHANNEL_MANAGE_CLIPS, Scope.EDITOR_MANAGE_CLIPS).data(ClipDownload.class);

    private final HelixApi api;

    /** The clip endpoints on {@code api}'s token. */
    public ClipsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Clips the broadcaster's live stream now (Twitch answers 404 when it is not live).
     *
     * @param broadcasterId the channel
     * @param title the clip's title, or null for Twitch's default (the stream's title)
     * @param duration 5 to 60 seconds, or null for Twitch's 30
     */
    public CompletableFuture<CreatedClip> createClip(String broadcasterId, String title, Double duration) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        if (title != null) {
            Checks.notBlank(title, "title");
        }
        checkDuration(duration);
        return CREATE_CLIP.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId).add("title", title)
                .add("duration", duration), null);
    }

    /** Clips the broadcaster's live stream now, with Twitch's default title and length. */
    public CompletableFuture<CreatedClip> createClip(String broadcasterId) {
        return createClip(broadcasterId, null, null);
    }

    /**
     * Cuts a clip from a video of the broadcaster (also from the running stream's video): the clip ends at
     * {@code vodOffset} seconds and lasts {@code duration}.
     *
     * @param editorId the token's user: the broadcaster or one of its editors
     * @param broadcasterId the channel
     * @param vodId the video
     * @param vodOffset where the clip ends, in seconds; at least the duration
     * @param duration 5 to 60 seconds, or null for Twitch's 30
     * @param title the clip's title
     */
    public CompletableFuture<CreatedClip> createClipFromVod(String editorId, String broadcasterId, String vodId,
                                                           int vodOffset, Double duration, String title) {
        Checks.notBlank(editorId, "editorId");
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(vodId, "vodId");
        Checks.notBlank(title, "title");
        checkDuration(duration);
        double length = duration == null ? 30 : duration;
        if (vodOffset < length) {
            throw new IllegalArgumentException("vodOffset must be at least the duration (" + length + " s), got "
                    + vodOffset);
        }
        return CREATE_FROM_VOD.single(api, HelixQuery.create().add("editor_id", editorId)
                .add("broadcaster_id", broadcasterId).add("vod_id", vodId).add("vod_offset", vodOffset)
                .add("duration", duration).add("title", title), null);
    }

    /** Cuts a clip from a video of the token user's channel; see the full overload. */
    public CompletableFuture<CreatedClip> createClipFromVod(String vodId, int vodOffset, Double duration,
                                                           String title) {
        return createClipFromVod(api.userId(), api.userId(), vodId, vodOffset, duration, title);
    }

    /** The broadcaster's clips, 100 a page. */
    public Paginator<Clip> getClipsOfBroadcaster(String broadcasterId, ClipFilter filter) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_CLIPS.paginate(api, filtered(HelixQuery.create().add("broadcaster_id", broadcasterId), filter));
    }

    /** The clips of a category, 100 a page. */
    public Paginator<Clip> getClipsOfGame(String gameId, ClipFilter filter) {
        Checks.notBlank(gameId, "gameId");
        return GET_CLIPS.paginate(api, filtered(HelixQuery.create().add("game_id", gameId), filter));
    }

    /** The clips with these ids (unknown ones are left out); more than 100 are looked up in calls of 100. */
    public CompletableFuture<List<Clip>> getClips(Collection<String> ids) {
        Checks.notNull(ids, "ids");
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("ids must name at least one clip");
        }
        return GET_CLIPS.lookup(api, HelixQuery.create().add("first", MAX_IDS_PER_CALL), "id", ids,
                MAX_IDS_PER_CALL);
    }

    /**
     * Download URLs of up to 10 clips of the broadcaster.
     *
     * @param editorId the token's user: the broadcaster or one of its editors
     */
    public CompletableFuture<List<ClipDownload>> getClipsDownload(String editorId, String broadcasterId,
                                                                 Collection<String> clipIds) {
        Checks.notBlank(editorId, "editorId");
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(clipIds, "clipIds");
        if (clipIds.isEmpty() || clipIds.size() > MAX_DOWNLOADS) {
            throw new IllegalArgumentException("clipIds must name 1 to " + MAX_DOWNLOADS + " clips, got "
                    + clipIds.size());
        }
        clipIds.forEach(id -> Checks.notBlank(id, "clipId"));
        return GET_DOWNLOADS.data(api, HelixQuery.create().add("editor_id", editorId)
                .add("broadcaster_id", broadcasterId).addAll("clip_id", clipIds), null);
    }

    /** Download URLs of up to 10 clips of the token user's channel. */
    public CompletableFuture<List<ClipDownload>> getClipsDownload(Collection<String> clipIds) {
        return getClipsDownload(api.userId(), api.userId(), clipIds);
    }

    private static HelixQuery filtered(HelixQuery query, ClipFilter filter) {
        Checks.notNull(filter, "filter");
        return query.add("started_at", filter.startedAt()).add("ended_at", filter.endedAt())
                .add("is_featured", filter.featured());
    }

    private static void checkDuration(Double duration) {
        if (duration != null && !(duration >= MIN_DURATION && duration <= MAX_DURATION)) {
            throw new IllegalArgumentException("duration must be " + MIN_DURATION + " to " + MAX_DURATION
                    + " seconds, got " + duration);
        }
    }
}
