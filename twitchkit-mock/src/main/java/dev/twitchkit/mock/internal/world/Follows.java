package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Who follows which channel, since when. Listings are newest first, as Twitch lists followers. */
public final class Follows {
    /** One follow. */
    public record Follow(String userId, String broadcasterId, Instant followedAt) {
    }

    private final List<Follow> follows = new ArrayList<>();

    /** Makes {@code userId} follow {@code broadcasterId}; empty when they already did. */
    public synchronized Optional<Follow> follow(String userId, String broadcasterId, Instant now) {
        if (find(userId, broadcasterId).isPresent()) {
            return Optional.empty();
        }
        Follow follow = new Follow(userId, broadcasterId, now);
        follows.add(follow);
        return Optional.of(follow);
    }

    /** Ends a follow; false when there was none. */
    public synchronized boolean unfollow(String userId, String broadcasterId) {
        return follows.removeIf(f -> f.userId.equals(userId) && f.broadcasterId.equals(broadcasterId));
    }

    /** The follow of {@code userId} to {@code broadcasterId}, if any. */
    public synchronized Optional<Follow> find(String userId, String broadcasterId) {
        return follows.stream().filter(f -> f.userId.equals(userId) && f.broadcasterId.equals(broadcasterId))
                .findFirst();
    }

    /** The channel's followers, newest first. */
    public synchronized List<Follow> followersOf(String broadcasterId) {
        return newestFirst(follows.stream().filter(f -> f.broadcasterId.equals(broadcasterId)).toList());
    }

    /** The channels the user follows, newest first. */
    public synchronized List<Follow> followedBy(String userId) {
        return newestFirst(follows.stream().filter(f -> f.userId.equals(userId)).toList());
    }

    private static List<Follow> newestFirst(List<Follow> list) {
        List<Follow> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Follow::followedAt).reversed());
        return List.copyOf(sorted);
    }
}
