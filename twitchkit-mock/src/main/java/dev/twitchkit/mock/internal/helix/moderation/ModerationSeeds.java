package dev.twitchkit.mock.internal.helix.moderation;

import dev.twitchkit.mock.internal.world.AutoMod;
import dev.twitchkit.mock.internal.world.UnbanRequests;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import java.util.Map;

/**
 * What viewers do in the moderation world that no Helix call does: a banned user asks to be unbanned, AutoMod holds
 * a chat message. Each raises the notification Twitch raises ({@code channel.unban_request.create},
 * {@code automod.message.hold}), so tests can drive the moderator's side.
 */
public final class ModerationSeeds {
    private final World world;

    public ModerationSeeds(World world) {
        this.world = world;
    }

    /**
     * Files an unban request from a user the channel has banned.
     *
     * @throws IllegalStateException when the user is not banned there (only banned users can ask)
     */
    public String requestUnban(String broadcasterId, String userId, String text) {
        if (world.bans().active(broadcasterId, userId).isEmpty()) {
            throw new IllegalStateException("user " + userId + " is not banned in channel " + broadcasterId);
        }
        UnbanRequests.Request request = world.unbanRequests().create(broadcasterId, userId, text, world.now());
        world.events().raise("channel.unban_request.create", Map.of("broadcaster_user_id", broadcasterId),
                ModerationEvents.fields("id", request.id(), "user_id", userId, "text", text,
                        "created_at", request.createdAt().toString()));
        return request.id();
    }

    /** Makes AutoMod hold a chat message (category {@code aggression}, level 2) for review; returns its id. */
    public String holdMessage(String broadcasterId, String userId, String text) {
        AutoMod.HeldMessage held = world.autoMod().hold(broadcasterId, userId, text, "aggression", 2, world.now());
        Map<String, String> condition = Map.of("broadcaster_user_id", broadcasterId);
        Map<String, Object> message = ModerationEvents.fields("text", text, "fragments",
                List.of(ModerationEvents.fields("text", text, "emote", null, "cheermote", null)));
        world.events().raise("automod.message.hold", "1", condition, ModerationEvents.fields(
                "user_id", userId, "message_id", held.id(), "message", message, "category", held.category(),
                "level", held.level(), "held_at", held.heldAt().toString()));
        Map<String, Object> messageV2 = ModerationEvents.fields("text", text, "fragments",
                List.of(ModerationEvents.fields("type", "text", "text", text, "cheermote", null, "emote", null)));
        world.events().raise("automod.message.hold", "2", condition, ModerationEvents.fields(
                "user_id", userId, "message_id", held.id(), "message", messageV2, "reason", "automod",
                "automod", ModerationEvents.fields("category", held.category(), "level", held.level(),
                        "boundaries", List.of()),
                "blocked_term", null, "held_at", held.heldAt().toString()));
        return held.id();
    }
}
