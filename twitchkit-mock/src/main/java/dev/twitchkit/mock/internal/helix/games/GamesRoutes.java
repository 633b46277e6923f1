package dev.twitchkit.mock.internal.helix.games;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Games;
import dev.twitchkit.mock.internal.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Games: Get Top Games (20 a page by default, up to 100) and Get Games by id, name and IGDB id (100 together). */
public final class GamesRoutes {
    static final int MAX_LOOKUPS = 100;
    private static final PageCursor TOP = new PageCursor("games-top");
    private final World world;

    public GamesRoutes(World world) {
        this.world = world;
    }

    public void mount(Router router) {
        router.helix("GET", "/games/top", this::top);
        router.helix("GET", "/games", this::games);
    }

    HttpReply top(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        return HttpReply.ok(request.page(world.games().top(), TOP, 20, 100, GamesRoutes::render));
    }

    HttpReply games(HttpExchange exchange) {
        List<String> ids = nonBlank(exchange, "id");
        List<String> names = nonBlank(exchange, "name");
        List<String> igdbIds = nonBlank(exchange, "igdb_id");
        if (ids.isEmpty() && names.isEmpty() && igdbIds.isEmpty()) {
            throw TwitchHttpError.badRequest("The request must specify the id or name or igdb_id query parameter.");
        }
        if (ids.size() + names.size() + igdbIds.size() > MAX_LOOKUPS) {
            throw TwitchHttpError.badRequest("The combined number of game IDs (id and igdb_id) and game names that "
                    + "you specify in the request must not exceed " + MAX_LOOKUPS + ".");
        }
        Map<String, Games.Game> found = new LinkedHashMap<>();
        lookUp(ids, world.games()::byId, found);
        lookUp(names, world.games()::byName, found);
        lookUp(igdbIds, world.games()::byIgdbId, found);
        return HttpReply.ok(HelixRequest.data(List.copyOf(found.values()), GamesRoutes::render));
    }

    private static List<String> nonBlank(HttpExchange exchange, String name) {
        return exchange.queryAll(name).stream().filter(v -> !v.isBlank()).toList();
    }

    private static void lookUp(List<String> keys, Function<String, Optional<Games.Game>> find,
                               Map<String, Games.Game> found) {
        keys.forEach(key -> find.apply(key).ifPresent(game -> found.putIfAbsent(game.id(), game)));
    }

    static JsonNode render(Games.Game game) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", game.id());
        node.put("name", game.name());
        node.put("box_art_url", game.boxArtUrl());
        node.put("igdb_id", game.igdbId());
        return node;
    }
}
