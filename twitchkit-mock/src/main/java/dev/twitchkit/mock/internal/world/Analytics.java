package dev.twitchkit.mock.internal.world;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which games each user owns, for the game analytics reports (extension reports follow extension ownership). */
public final class Analytics {
    private final Map<String, Set<String>> gamesByOwner = new ConcurrentHashMap<>();

    /** Makes {@code userId} an owner of {@code gameId}. */
    public void ownGame(String userId, String gameId) {
        // Each set is replaced, never changed in place, so a set restored from a saved world is as safe as a new one.
        gamesByOwner.merge(userId, Set.of(gameId), (owned, added) -> {
            Set<String> union = new HashSet<>(owned);
            union.addAll(added);
            return Set.copyOf(union);
        });
    }

    /** The games a user owns, sorted. */
    public List<String> gamesOf(String userId) {
        return gamesByOwner.getOrDefault(userId, Set.of()).stream().sorted().toList();
    }
}
