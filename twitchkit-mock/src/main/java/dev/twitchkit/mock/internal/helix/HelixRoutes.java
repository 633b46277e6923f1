package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.helix.chat.ChatLog;
import dev.twitchkit.mock.internal.helix.chat.ChatRoutes;
import dev.twitchkit.mock.internal.helix.users.UsersRoutes;
import dev.twitchkit.mock.internal.helix.whispers.WhispersRoutes;
import dev.twitchkit.mock.internal.helix.moderation.ModerationRoutes;
import dev.twitchkit.mock.internal.helix.polls.PollsRoutes;
import dev.twitchkit.mock.internal.helix.predictions.PredictionsRoutes;
import dev.twitchkit.mock.internal.helix.schedule.ScheduleRoutes;
import dev.twitchkit.mock.internal.helix.analytics.AnalyticsRoutes;
import dev.twitchkit.mock.internal.helix.bits.BitsRoutes;
import dev.twitchkit.mock.internal.helix.entitlements.EntitlementsRoutes;
import dev.twitchkit.mock.internal.helix.extensions.ExtensionJwtRoutes;
import dev.twitchkit.mock.internal.helix.extensions.ExtensionsRoutes;
import dev.twitchkit.mock.internal.helix.ads.AdsRoutes;
import dev.twitchkit.mock.internal.helix.channelpoints.ChannelPointsRoutes;
import dev.twitchkit.mock.internal.helix.channels.ChannelsRoutes;
import dev.twitchkit.mock.internal.helix.charity.CharityRoutes;
import dev.twitchkit.mock.internal.helix.goals.GoalsRoutes;
import dev.twitchkit.mock.internal.helix.hypetrain.HypeTrainRoutes;
import dev.twitchkit.mock.internal.helix.raids.RaidsRoutes;
import dev.twitchkit.mock.internal.helix.subscriptions.SubscriptionsRoutes;
import dev.twitchkit.mock.internal.helix.ccls.ContentClassificationLabelsRoutes;
import dev.twitchkit.mock.internal.helix.games.GamesRoutes;
import dev.twitchkit.mock.internal.helix.gueststar.GuestStarRoutes;
import dev.twitchkit.mock.internal.helix.tags.TagsRoutes;
import dev.twitchkit.mock.internal.helix.teams.TeamsRoutes;
import dev.twitchkit.mock.internal.helix.clips.ClipsRoutes;
import dev.twitchkit.mock.internal.helix.search.SearchRoutes;
import dev.twitchkit.mock.internal.helix.streams.StreamsRoutes;
import dev.twitchkit.mock.internal.helix.videos.VideosRoutes;
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
        new UsersRoutes(world).mount(router);
        new ChatRoutes(world, chatLog).mount(router);
        new WhispersRoutes(world).mount(router);
        new ModerationRoutes(world, chatLog).mount(router);
        new PollsRoutes(world).mount(router);
        new PredictionsRoutes(world).mount(router);
        new ScheduleRoutes(world).mount(router);
        // extensions, bits, analytics, entitlements
        new ExtensionJwtRoutes(world, new ExtensionJwts(world.extensions(), world.clock())).mount(router);
        new ExtensionsRoutes(world).mount(router);
        new BitsRoutes(world).mount(router);
        new AnalyticsRoutes(world).mount(router);
        new EntitlementsRoutes(world).mount(router);
        new ChannelsRoutes(world).mount(router);
        new ChannelPointsRoutes(world).mount(router);
        new RaidsRoutes(world).mount(router);
        new AdsRoutes(world).mount(router);
        new SubscriptionsRoutes(world).mount(router);
        new CharityRoutes(world).mount(router);
        new GoalsRoutes(world).mount(router);
        new HypeTrainRoutes(world).mount(router);
        // guest star, games, teams, ccls, tags
        new GuestStarRoutes(world).mount(router);
        new GamesRoutes(world).mount(router);
        new TeamsRoutes(world).mount(router);
        new ContentClassificationLabelsRoutes(world).mount(router);
        new TagsRoutes(world).mount(router);
        // streams, clips, videos, search
        new StreamsRoutes(world).mount(router);
        new ClipsRoutes(world).mount(router);
        new VideosRoutes(world).mount(router);
        new SearchRoutes(world).mount(router);
    }
}
