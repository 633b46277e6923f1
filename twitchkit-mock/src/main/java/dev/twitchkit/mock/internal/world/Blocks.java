package dev.twitchkit.mock.internal.world;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Whom each user has blocked, in the order blocked. */
public final class Blocks {
    private final Map<String, Set<String>> byUser = new ConcurrentHashMap<>();

    /** Blocks {@code targetId} for {@code userId}; false when already blocked (Twitch ignores the repeat). */
    public synchronized boolean block(String userId, String targetId) {
        return byUser.computeIfAbsent(userId, id -> new LinkedHashSet<>()).add(targetId);
    }

    /** Lifts a block; false when there was none (Twitch ignores that too). */
    public synchronized boolean unblock(String userId, String targetId) {
        return byUser.getOrDefault(userId, Set.of()).remove(targetId);
    }

    /** Whether {@code userId} has blocked {@code targetId}. */
    public synchronized boolean isBlocked(String userId, String targetId) {
        return byUser.getOrDefault(userId, Set.of()).contains(targetId);
    }

    /** The users {@code userId} has blocked, in the order blocked. */
    public synchronized List<String> of(String userId) {
        return new ArrayList<>(byUser.getOrDefault(userId, Set.of()));
    }
}
