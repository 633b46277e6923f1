package dev.twitchkit.mock.internal.helix.moderation;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notifications moderation writes raise. Most go to the channel's subscribers of one type; every moderator
 * action also goes out as {@code channel.moderate}, whose event carries one object per kind of action, only the
 * taken action's filled (the others null, as Twitch sends them).
 */
final class ModerationEvents {
    /** The action objects of {@code channel.moderate} v2 (v1 has all but {@code warn}). */
    private static final List<String> ACTION_OBJECTS = List.of("followers", "slow", "vip", "unvip", "mod", "unmod",
            "ban", "unban", "timeout", "untimeout", "raid", "unraid", "delete", "automod_terms", "unban_request",
            "shared_chat_ban", "shared_chat_unban", "shared_chat_timeout", "shared_chat_untimeout",
            "shared_chat_delete", "warn");

    private final World world;

    ModerationEvents(World world) {
        this.world = world;
    }

    /** Raises {@code type} (every version) to the channel's subscribers. */
    void raise(String type, String broadcasterId, Map<String, ?> fields) {
        world.events().raise(type, Map.of("broadcaster_user_id", broadcasterId), fields);
    }

    /**
     * Raises {@code channel.moderate} for one action, in both versions or only v2 (for actions v1 does not know).
     *
     * @param object the action's object field ({@code ban}, {@code automod_terms}…), or null for none
     * @param content the object's content
     */
    void moderate(String broadcasterId, String moderatorId, String action, String object, Map<String, ?> content,
                  boolean v2Only) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("moderator_user_id", moderatorId);
        fields.put("source_broadcaster_user_id", null);
        fields.put("source_broadcaster_user_login", null);
        fields.put("source_broadcaster_user_name", null);
        fields.put("action", action);
        ACTION_OBJECTS.forEach(name -> fields.put(name, null));
        if (object != null) {
            fields.put(object, content);
        }
        Map<String, String> condition = Map.of("broadcaster_user_id", broadcasterId);
        world.events().raise("channel.moderate", "2", condition, fields);
        if (!v2Only) {
            fields.remove("warn");
            world.events().raise("channel.moderate", "1", condition, fields);
        }
    }

    /** {@code {user_id, user_login, user_name}} of a user, plus {@code more} fields in order. */
    Map<String, Object> user(String userId, Object... more) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", userId);
        out.put("user_login", world.user(userId).map(AuthStore.User::login).orElse(null));
        out.put("user_name", world.user(userId).map(AuthStore.User::displayName).orElse(null));
        for (int i = 0; i < more.length; i += 2) {
            out.put((String) more[i], more[i + 1]);
        }
        return out;
    }

    /** A map of {@code name, value…} pairs that may hold nulls (which {@code Map.of} rejects). */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }
}
