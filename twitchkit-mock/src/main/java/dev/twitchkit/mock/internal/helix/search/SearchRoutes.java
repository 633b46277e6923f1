package dev.twitchkit.mock.internal.helix.search;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.Channels;
import dev.twitchkit.mock.internal.world.Streams;
import dev.twitchkit.mock.internal.world.Games;
import dev.twitchkit.mock.internal.world.World;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Search: categories whose name contains every word of the query, and channels whose login starts with the query
 * (spaces count as nothing or as underscores), or, with {@code live_only}, live channels whose display name or
 * category starts with it, as Twitch documents (every user of the mock counts as having streamed in the past six
 * months). The categories are those the world's channels can be set to.
 */
public final class SearchRoutes {
    static final int MAX_PAGE = 100;
    private static final PageCursor CATEGORIES = new PageCursor("search-categories");
    private static final PageCursor CHANNELS = new PageCursor("search-channels");
    private final World world;

    public SearchRoutes(World world) {
        this.world = world;
    }

    /** Mounts the two Search routes. */
    public void mount(Router router) {
        router.helix("GET", "/search/categories", this::searchCategories);
        router.helix("GET", "/search/channels", this::searchChannels);
    }

    private HttpReply searchCategories(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        List<String> words = Arrays.asList(request.query("query").toLowerCase(Locale.ROOT).trim().split("\\s+"));
        List<Games.Game> found = world.games().top().stream()
                .filter(g -> words.stream().allMatch(g.name().toLowerCase(Locale.ROOT)::contains))
                .sorted(Comparator.comparing(Games.Game::name)).toList();
        return HttpReply.ok(request.page(found, CATEGORIES, 20, MAX_PAGE, game -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", game.id());
            node.put("name", game.name());
            node.put("box_art_url", game.boxArtUrl().replace("{width}x{height}", "52x72"));
            return node;
        }));
    }

    private HttpReply searchChannels(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String query = request.query("query").trim().toLowerCase(Locale.ROOT);
        boolean liveOnly = request.boolQuery("live_only", false);
        List<String> prefixes = List.of(query.replaceAll("\\s+", ""), query.replaceAll("\\s+", "_"));
        List<AuthStore.User> users = world.auth().users().stream()
                .filter(u -> liveOnly ? world.streams().live(u.id()).isPresent() && (startsWith(u.displayName(),
                        prefixes) || startsWith(world.channels().info(u.id()).gameName(), prefixes))
                        : startsWith(u.login(), prefixes))
                .sorted(Comparator.comparing(AuthStore.User::login)).toList();
        return HttpReply.ok(request.page(users, CHANNELS, 20, MAX_PAGE, this::render));
    }

    private static boolean startsWith(String text, List<String> prefixes) {
        String lower = text.toLowerCase(Locale.ROOT);
        return prefixes.stream().anyMatch(p -> !p.isEmpty() && lower.startsWith(p));
    }

    private ObjectNode render(AuthStore.User user) {
        Channels.Info channel = world.channels().info(user.id());
        Optional<Streams.Stream> stream = world.streams().live(user.id());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("broadcaster_language", channel.language());
        node.put("broadcaster_login", user.login());
        node.put("display_name", user.displayName());
        node.put("game_id", channel.gameId());
        node.put("game_name", channel.gameName());
        node.put("id", user.id());
        node.put("is_live", stream.isPresent());
        node.putArray("tag_ids");
        ArrayNode tags = node.putArray("tags");
        channel.tags().forEach(tags::add);
        node.put("thumbnail_url", "https://static-cdn.jtvnw.net/jtv_user_pictures/" + user.login()
                + "-profile_image-300x300.png");
        node.put("title", channel.title());
        node.put("started_at", stream.map(s -> s.startedAt().truncatedTo(ChronoUnit.SECONDS).toString()).orElse(""));
        return node;
    }
}
