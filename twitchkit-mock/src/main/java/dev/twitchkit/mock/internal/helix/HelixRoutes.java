package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.helix.ccls.ContentClassificationLabelsRoutes;
import dev.twitchkit.mock.internal.helix.games.GamesRoutes;
import dev.twitchkit.mock.internal.helix.gueststar.GuestStarRoutes;
import dev.twitchkit.mock.internal.helix.tags.TagsRoutes;
import dev.twitchkit.mock.internal.helix.teams.TeamsRoutes;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.World;

/**
 * Mounts the Helix routes of every category. Each category's routes read and write the one {@link World}; the
 * gate in front of them ({@link HelixGate}) authenticates and rate-limits every request.
 */
public final class HelixRoutes {
    private HelixRoutes() {
    }

    /** Mounts every category's routes on {@code router}. */
    public static void mount(Router router, World world, ChatLog chatLog) {
        router.helix("GET", "/users", new UsersRoute(world.auth())::handle);
        router.helix("POST", "/chat/messages", new ChatMessagesRoute(world.auth(), chatLog)::handle);
        // guest star, games, teams, ccls, tags
        new GuestStarRoutes(world).mount(router);
        new GamesRoutes(world).mount(router);
        new TeamsRoutes(world).mount(router);
        new ContentClassificationLabelsRoutes(world).mount(router);
        new TagsRoutes(world).mount(router);
    }
}
