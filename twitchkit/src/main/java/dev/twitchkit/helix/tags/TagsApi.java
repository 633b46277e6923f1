package dev.twitchkit.helix.tags;

import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Tags: the stream tags Twitch used to define. Both endpoints are deprecated by Twitch, which now answers them with
 * empty lists (and says it will answer 410): use the channel's own tags from Get Channel Information instead.
 */
public final class TagsApi {
    /** Twitch's limit on tag ids in one Get All Stream Tags call. */
    public static final int MAX_TAG_IDS = 100;
    private static final String CATEGORY = "Tags";

    static final ListEndpoint<StreamTag> GET_ALL_STREAM_TAGS =
            Endpoint.declare(CATEGORY, "Get All Stream Tags", "getAllStreamTags")
                    .route("GET", "/tags/streams").deprecated().list(StreamTag.class, 100);
    static final ListEndpoint<StreamTag> GET_STREAM_TAGS =
            Endpoint.declare(CATEGORY, "Get Stream Tags", "getStreamTags")
                    .route("GET", "/streams/tags").deprecated().data(StreamTag.class);

    private final HelixApi api;

    /** The tag endpoints on {@code api}'s token. */
    public TagsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Every tag Twitch defines, 100 a page.
     *
     * @deprecated Twitch deprecated the endpoint and answers it with an empty list
     */
    @Deprecated
    public Paginator<StreamTag> getAllStreamTags() {
        return getAllStreamTags(List.of());
    }

    /**
     * The tags among {@code tagIds} (at most 100; none: every tag), 100 a page.
     *
     * @deprecated Twitch deprecated the endpoint and answers it with an empty list
     */
    @Deprecated
    public Paginator<StreamTag> getAllStreamTags(Collection<String> tagIds) {
        Checks.notNull(tagIds, "tagIds");
        tagIds.forEach(id -> Checks.notBlank(id, "tagId"));
        if (tagIds.size() > MAX_TAG_IDS) {
            throw new IllegalArgumentException("at most " + MAX_TAG_IDS + " tag ids, got " + tagIds.size());
        }
        return GET_ALL_STREAM_TAGS.paginate(api, HelixQuery.create().addAll("tag_id", tagIds));
    }

    /**
     * The tags on {@code broadcasterId}'s stream.
     *
     * @deprecated Twitch deprecated the endpoint and answers it with an empty list; read the channel's tags from
     *     Get Channel Information
     */
    @Deprecated
    public CompletableFuture<List<StreamTag>> getStreamTags(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_STREAM_TAGS.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }
}
