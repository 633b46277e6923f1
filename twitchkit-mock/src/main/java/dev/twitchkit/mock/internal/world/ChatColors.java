package dev.twitchkit.mock.internal.world;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The color each user's name has in chat; empty until the user picks one, as at Twitch. */
public final class ChatColors {
    private final Map<String, String> byUser = new ConcurrentHashMap<>();

    /** The user's color as Twitch reports it: a hex code such as {@code #9ACD32}, or empty. */
    public String of(String userId) {
        return byUser.getOrDefault(userId, "");
    }

    /** Sets the user's color (a hex code). */
    public void set(String userId, String hexColor) {
        byUser.put(userId, hexColor);
    }
}
