package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.helix.ads.AdsRoutes;
import dev.twitchkit.mock.internal.helix.channelpoints.ChannelPointsRoutes;
import dev.twitchkit.mock.internal.helix.channels.ChannelsRoutes;
import dev.twitchkit.mock.internal.helix.charity.CharityRoutes;
import dev.twitchkit.mock.internal.helix.goals.GoalsRoutes;
import dev.twitchkit.mock.internal.helix.hypetrain.HypeTrainRoutes;
import dev.twitchkit.mock.internal.helix.raids.RaidsRoutes;
import dev.twitchkit.mock.internal.helix.subscriptions.SubscriptionsRoutes;
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
        new ChannelsRoutes(world).mount(router);
        new ChannelPointsRoutes(world).mount(router);
        new RaidsRoutes(world).mount(router);
        new AdsRoutes(world).mount(router);
        new SubscriptionsRoutes(world).mount(router);
        new CharityRoutes(world).mount(router);
        new GoalsRoutes(world).mount(router);
        new HypeTrainRoutes(world).mount(router);
    }
}
