package dev.twitchkit.mock.internal.helix.moderation;

import dev.twitchkit.mock.internal.helix.chat.ChatLog;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.World;

/**
 * The Helix Moderation category, all 25 endpoints: AutoMod, bans, unban requests, blocked terms, chat message
 * deletion, moderators, VIPs, moderated channels, Shield Mode, warnings and suspicious users, each group in its
 * own routes class over the one {@link World}.
 */
public final class ModerationRoutes {
    private final World world;
    private final ChatLog chatLog;

    public ModerationRoutes(World world, ChatLog chatLog) {
        this.world = world;
        this.chatLog = chatLog;
    }

    /** Mounts every Moderation route on {@code router}. */
    public void mount(Router router) {
        ModerationEvents events = new ModerationEvents(world);
        BanRoutes bans = new BanRoutes(world, events);
        bans.mount(router);
        new UnbanRequestRoutes(world, events, bans).mount(router);
        new AutoModRoutes(world, events).mount(router);
        new BlockedTermRoutes(world, events).mount(router);
        new ChatMessageRoutes(world, chatLog, events).mount(router);
        new RoleRoutes(world, events).mount(router);
        new ShieldModeRoutes(world, events).mount(router);
        new ChatterRoutes(world, events).mount(router);
    }
}
