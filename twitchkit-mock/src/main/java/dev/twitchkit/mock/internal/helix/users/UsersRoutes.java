package dev.twitchkit.mock.internal.helix.users;

import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.World;

/** The Helix Users category: users and their descriptions, authorizations, blocks and extensions. */
public final class UsersRoutes {
    private final World world;

    public UsersRoutes(World world) {
        this.world = world;
    }

    /** Mounts every Users endpoint. */
    public void mount(Router router) {
        UsersRoute users = new UsersRoute(world);
        router.helix("GET", "/users", users::handle);
        UserAccountRoute account = new UserAccountRoute(world, users);
        router.helix("PUT", "/users", account::update);
        router.helix("GET", "/authorization/users", account::authorizations);
        router.helix("GET", "/users/blocks", account::blocks);
        router.helix("PUT", "/users/blocks", account::block);
        router.helix("DELETE", "/users/blocks", account::unblock);
        UserExtensionsRoute extensions = new UserExtensionsRoute(world);
        router.helix("GET", "/users/extensions/list", extensions::installed);
        router.helix("GET", "/users/extensions", extensions::active);
        router.helix("PUT", "/users/extensions", extensions::update);
    }
}
