package dev.twitchkit.helix.search;

import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;

/** Search: categories by name, channels by name or (live ones) by category. */
public final class SearchApi {
    private static final String CATEGORY = "Search";

    static final ListEndpoint<Category> SEARCH_CATEGORIES = Endpoint.declare(CATEGORY, "Search Categories",
            "searchCategories").route("GET", "/search/categories").list(Category.class, 100);
    static final ListEndpoint<ChannelResult> SEARCH_CHANNELS = Endpoint.declare(CATEGORY, "Search Channels",
            "searchChannels").route("GET", "/search/channels").list(ChannelResult.class, 100);

    private final HelixApi api;

    /** The search endpoints on {@code api}'s token. */
    public SearchApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Categories whose name contains every word of {@code query} (case-insensitive), 100 a page. */
    public Paginator<Category> searchCategories(String query) {
        Checks.notBlank(query, "query");
        return SEARCH_CATEGORIES.paginate(api, HelixQuery.create().add("query", query));
    }

    /**
     * Channels that streamed in the past 6 months whose login starts with {@code query}; with {@code liveOnly},
     * live channels whose name or category starts with it. 100 a page.
     */
    public Paginator<ChannelResult> searchChannels(String query, boolean liveOnly) {
        Checks.notBlank(query, "query");
        return SEARCH_CHANNELS.paginate(api, HelixQuery.create().add("query", query)
                .add("live_only", liveOnly ? "true" : null));
    }

    /** Channels (live or not) whose login starts with {@code query}. */
    public Paginator<ChannelResult> searchChannels(String query) {
        return searchChannels(query, false);
    }
}
