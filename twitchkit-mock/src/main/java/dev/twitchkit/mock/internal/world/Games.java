package dev.twitchkit.mock.internal.world;

import java.util.List;
import java.util.Optional;

/**
 * The mock's games and categories: a small fixed catalog, listed in its "top" order (most viewers first). Categories
 * that are not games have an empty IGDB id, as at Twitch.
 */
public final class Games {
    /** A category: id, name, box art address with Twitch's size placeholder, IGDB id ("" when none). */
    public record Game(String id, String name, String boxArtUrl, String igdbId) {
        static Game of(String id, String name, String igdbId) {
            return new Game(id, name, "https://static-cdn.jtvnw.net/ttv-boxart/" + id + "-{width}x{height}.jpg",
                    igdbId);
        }
    }

    private static final List<Game> TOP = List.of(
            Game.of("509658", "Just Chatting", ""),
            Game.of("32982", "Grand Theft Auto V", "1020"),
            Game.of("21779", "League of Legends", "115"),
            Game.of("516575", "VALORANT", "126459"),
            Game.of("33214", "Fortnite", "1905"),
            Game.of("27471", "Minecraft", "121"),
            Game.of("29595", "Dota 2", "2963"),
            Game.of("493057", "PUBG: BATTLEGROUNDS", "27789"),
            Game.of("26936", "Music", ""),
            Game.of("509660", "Art", ""),
            Game.of("1469308723", "Software and Game Development", ""),
            Game.of("509670", "Science & Technology", ""),
            Game.of("743", "Chess", "1186"));

    /**
     * The name of a category the mock knows, for the parts of the world that only name one (a channel's game, a
     * schedule segment's category): one catalog for all of them.
     */
    public static Optional<String> nameOf(String id) {
        return TOP.stream().filter(g -> g.id().equals(id)).map(Game::name).findFirst();
    }

    /** Every category, most watched first. */
    public List<Game> top() {
        return TOP;
    }

    /** A category by id. */
    public Optional<Game> byId(String id) {
        return TOP.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** A category by its exact name. */
    public Optional<Game> byName(String name) {
        return TOP.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** A game by IGDB id (categories without one are never found). */
    public Optional<Game> byIgdbId(String igdbId) {
        return TOP.stream().filter(g -> !g.igdbId().isEmpty() && g.igdbId().equals(igdbId)).findFirst();
    }
}
