package dev.twitchkit.mock.internal.world;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in each channel's chat, in the order they came: the mock counts a user in once they sent a message there
 * (or a test seated them), and never lets anyone leave, which is enough for Get Chatters.
 */
public final class Chatters {
    private final Map<String, Set<String>> byChannel = new HashMap<>();

    /** Seats the user in the channel's chat; false when already there. */
    public synchronized boolean join(String broadcasterId, String userId) {
        return byChannel.computeIfAbsent(broadcasterId, id -> new LinkedHashSet<>()).add(userId);
    }

    /** The user ids in the channel's chat, in the order they came. */
    public synchronized List<String> of(String broadcasterId) {
        return List.copyOf(byChannel.getOrDefault(broadcasterId, Set.of()));
    }
}
