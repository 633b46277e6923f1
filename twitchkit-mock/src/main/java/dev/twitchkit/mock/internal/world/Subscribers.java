package dev.twitchkit.mock.internal.world;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who subscribes to which channel: tier ({@code 1000}, {@code 2000}, {@code 3000}) and, for a gift, the gifter. */
public final class Subscribers {
    /** Twitch's tiers. */
    public static final Set<String> TIERS = Set.of("1000", "2000", "3000");

    /**
     * One subscription.
     *
     * @param gifterId the user who gifted it, or null when the user bought it
     */
    public record Sub(String userId, String broadcasterId, String tier, String gifterId) {
        public boolean isGift() {
            return gifterId != null;
        }

        /** Twitch's points of the tier: 1, 2 or 6. */
        public int points() {
            return switch (tier) {
                case "2000" -> 2;
                case "3000" -> 6;
                default -> 1;
            };
        }
    }

    private final Map<String, Map<String, Sub>> byChannel = new HashMap<>();

    /** Adds or replaces the user's subscription to the channel; true when it is new. */
    public synchronized boolean subscribe(Sub sub) {
        if (!TIERS.contains(sub.tier())) {
            throw new IllegalArgumentException("tier must be 1000, 2000 or 3000, got " + sub.tier());
        }
        return channel(sub.broadcasterId()).put(sub.userId(), sub) == null;
    }

    /** The user's subscription to the channel, if any. */
    public synchronized Optional<Sub> find(String broadcasterId, String userId) {
        return Optional.ofNullable(channel(broadcasterId).get(userId));
    }

    /** The channel's subscribers, in the order they subscribed. */
    public synchronized List<Sub> of(String broadcasterId) {
        return List.copyOf(channel(broadcasterId).values());
    }

    private Map<String, Sub> channel(String broadcasterId) {
        return byChannel.computeIfAbsent(broadcasterId, b -> new LinkedHashMap<>());
    }
}
