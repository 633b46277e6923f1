package dev.twitchkit.helix.analytics;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.time.Instant;

/**
 * Analytics: download URLs of the CSV reports of the token user's extensions and games. Twitch takes up to 100
 * a page but returns at most 20, so the paginator asks for 20.
 */
public final class AnalyticsApi {
    /** The report type Twitch offers. */
    public static final String OVERVIEW_V2 = "overview_v2";
    private static final String CATEGORY = "Analytics";

    static final ListEndpoint<ExtensionReport> GET_EXTENSION_ANALYTICS = Endpoint.declare(CATEGORY,
                    "Get Extension Analytics", "getExtensionAnalytics")
            .route("GET", "/analytics/extensions").scopes(Scope.ANALYTICS_READ_EXTENSIONS).userToken()
            .list(ExtensionReport.class, 20);
    static final ListEndpoint<GameReport> GET_GAME_ANALYTICS = Endpoint.declare(CATEGORY, "Get Game Analytics",
                    "getGameAnalytics")
            .route("GET", "/analytics/games").scopes(Scope.ANALYTICS_READ_GAMES).userToken()
            .list(GameReport.class, 20);

    private final HelixApi api;

    /** The analytics endpoints on {@code api}'s token. */
    public AnalyticsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Reports of every extension the token's user owns, over all available data. */
    public Paginator<ExtensionReport> getExtensionAnalytics() {
        return getExtensionAnalytics(null, null, null);
    }

    /**
     * Extension reports.
     *
     * @param extensionId one extension, or null for every extension the user owns
     * @param startedAt the first day (midnight UTC), or null for all data; given together with {@code endedAt}
     * @param endedAt the last day (midnight UTC), or null; not before {@code startedAt}
     */
    public Paginator<ExtensionReport> getExtensionAnalytics(String extensionId, Instant startedAt, Instant endedAt) {
        return GET_EXTENSION_ANALYTICS.paginate(api, reportQuery("extension_id", extensionId, startedAt, endedAt));
    }

    /** Reports of every game the token's user owns, over the last year. */
    public Paginator<GameReport> getGameAnalytics() {
        return getGameAnalytics(null, null, null);
    }

    /**
     * Game reports.
     *
     * @param gameId one game, or null for every game the user owns
     * @param startedAt the first day (midnight UTC), or null; given together with {@code endedAt}
     * @param endedAt the last day (midnight UTC), or null; not before {@code startedAt}
     */
    public Paginator<GameReport> getGameAnalytics(String gameId, Instant startedAt, Instant endedAt) {
        return GET_GAME_ANALYTICS.paginate(api, reportQuery("game_id", gameId, startedAt, endedAt));
    }

    private static HelixQuery reportQuery(String idName, String id, Instant startedAt, Instant endedAt) {
        if (id != null) {
            Checks.notBlank(id, idName);
        }
        if ((startedAt == null) != (endedAt == null)) {
            throw new IllegalArgumentException("startedAt and endedAt go together: give both or neither");
        }
        if (startedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt must not be before startedAt");
        }
        return HelixQuery.create().add(idName, id).add("type", OVERVIEW_V2).add("started_at", startedAt)
                .add("ended_at", endedAt);
    }
}
