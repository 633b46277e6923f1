package dev.twitchkit.mock.internal.world;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in each channel's chat, in the order they came: the mock counts a user in once they sent a message there
 * (or a test seated them), and never lets anyone leave, which is enough for Get Chatters.
 */
public final class Chatters {
    private final Map<String, Set<String>> byChannel = new ConcurrentHashMap<>();

    /** Seats the user in the channel's chat; false when already there. */
    public boolean join(String broadcasterId, String userId) {
        Set<String> chatters = byChannel.computeIfAbsent(broadcasterId, id -> new LinkedHashSet<>());
        synchronized (chatters) {
            return chatters.add(userId);
        }
    }

    /** The user ids in the channel's chat, in the order they came. */
    public List<String> of(String broadcasterId) {
        Set<String> chatters = byChannel.getOrDefault(broadcasterId, Set.of());
        synchronized (chatters) {
            return List.copyOf(chatters);
        }
    }
}
