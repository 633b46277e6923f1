package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.World;

/**
 * The Helix Chat category: messages, announcements, shoutouts, chat settings, chatters, colors, emotes, badges and
 * shared chat sessions. A user who sends a message to a channel joins its chatters.
 */
public final class ChatRoutes {
    private final World world;
    private final ChatLog chatLog;

    public ChatRoutes(World world, ChatLog chatLog) {
        this.world = world;
        this.chatLog = chatLog;
        chatLog.onMessage(m -> world.chatters().join(m.broadcasterId(), m.senderId()));
    }

    /** Mounts every Chat endpoint. */
    public void mount(Router router) {
        router.helix("POST", "/chat/messages", new ChatMessagesRoute(world.auth(), chatLog)::handle);
        ChatSettingsRoute settings = new ChatSettingsRoute(world);
        router.helix("GET", "/chat/settings", settings::get);
        router.helix("PATCH", "/chat/settings", settings::update);
        ModeratorActionsRoute actions = new ModeratorActionsRoute(world);
        router.helix("POST", "/chat/announcements", actions::announce);
        router.helix("POST", "/chat/shoutouts", actions::shoutout);
        ChatPeopleRoute people = new ChatPeopleRoute(world);
        router.helix("GET", "/chat/chatters", people::chatters);
        router.helix("GET", "/chat/color", people::colors);
        router.helix("PUT", "/chat/color", people::updateColor);
        router.helix("GET", "/shared_chat/session", people::sharedChatSession);
        EmotesAndBadgesRoute catalog = new EmotesAndBadgesRoute(world);
        router.helix("GET", "/chat/emotes", catalog::channelEmotes);
        router.helix("GET", "/chat/emotes/global", catalog::globalEmotes);
        router.helix("GET", "/chat/emotes/set", catalog::emoteSets);
        router.helix("GET", "/chat/emotes/user", catalog::userEmotes);
        router.helix("GET", "/chat/badges", catalog::channelBadges);
        router.helix("GET", "/chat/badges/global", catalog::globalBadges);
    }
}
