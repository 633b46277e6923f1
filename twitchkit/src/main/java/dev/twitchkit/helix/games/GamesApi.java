package dev.twitchkit.helix.games;

import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Games: the most watched categories, and categories by id, name or IGDB id. */
public final class GamesApi {
    /** Twitch's limit on ids, names and IGDB ids together in one Get Games call; more are split into such calls. */
    public static final int MAX_PER_CALL = 100;
    private static final String CATEGORY = "Games";

    static final ListEndpoint<Game> GET_TOP_GAMES = Endpoint.declare(CATEGORY, "Get Top Games", "getTopGames")
            .route("GET", "/games/top").list(Game.class, 100);
    static final ListEndpoint<Game> GET_GAMES = Endpoint.declare(CATEGORY, "Get Games", "getGames")
            .route("GET", "/games").data(Game.class);

    private final HelixApi api;

    /** The game endpoints on {@code api}'s token. */
    public GamesApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The categories being watched most, most viewers first, 100 a page. */
    public Paginator<Game> getTopGames() {
        return GET_TOP_GAMES.paginate(api, null);
    }

    /**
     * Categories by id, name (Twitch's exact title) and IGDB id; unknown ones are simply absent, and each category
     * comes once. More than 100 in all are looked up in calls of 100, one after the other.
     */
    public CompletableFuture<List<Game>> getGames(Collection<String> ids, Collection<String> names,
                                                  Collection<String> igdbIds) {
        Checks.notNull(ids, "ids");
        Checks.notNull(names, "names");
        Checks.notNull(igdbIds, "igdbIds");
        ids.forEach(id -> Checks.notBlank(id, "id"));
        names.forEach(name -> Checks.notBlank(name, "name"));
        igdbIds.forEach(id -> Checks.notBlank(id, "igdbId"));
        if (ids.isEmpty() && names.isEmpty() && igdbIds.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (ids.size() + names.size() + igdbIds.size() <= MAX_PER_CALL) {
            return GET_GAMES.data(api, HelixQuery.create().addAll("id", ids).addAll("name", names)
                    .addAll("igdb_id", igdbIds), null);
        }
        List<Game> found = new ArrayList<>();
        return GET_GAMES.lookup(api, null, "id", ids, MAX_PER_CALL).thenAccept(found::addAll)
                .thenCompose(v -> GET_GAMES.lookup(api, null, "name", names, MAX_PER_CALL)).thenAccept(found::addAll)
                .thenCompose(v -> GET_GAMES.lookup(api, null, "igdb_id", igdbIds, MAX_PER_CALL))
                .thenApply(byIgdb -> {
                    found.addAll(byIgdb);
                    return distinct(found);
                });
    }

    /** Categories by id, any number (looked up 100 a call). */
    public CompletableFuture<List<Game>> byIds(Collection<String> ids) {
        return getGames(ids, List.of(), List.of());
    }

    /** Categories by exact name, any number (looked up 100 a call). */
    public CompletableFuture<List<Game>> byNames(Collection<String> names) {
        return getGames(List.of(), names, List.of());
    }

    private static List<Game> distinct(List<Game> games) {
        Map<String, Game> byId = new LinkedHashMap<>();
        games.forEach(game -> byId.putIfAbsent(game.id(), game));
        return List.copyOf(byId.values());
    }
}
