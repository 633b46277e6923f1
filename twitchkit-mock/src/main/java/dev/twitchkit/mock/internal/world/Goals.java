package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creator goals, the active ones of each channel. A goal's current amount is read from the world when asked. */
public final class Goals {
    /** Twitch's goal types. */
    public static final Set<String> TYPES = Set.of("follower", "subscription", "subscription_count",
            "new_subscription", "new_subscription_count");

    /** An active goal. */
    public record Goal(String id, String broadcasterId, String type, String description, int targetAmount,
                       Instant createdAt) {
    }

    private final Map<String, List<Goal>> byChannel = new HashMap<>();

    /** Creates an active goal. */
    public synchronized Goal create(String broadcasterId, String type, String description, int targetAmount,
                                    Instant now) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("goal type must be one of " + TYPES + ", got " + type);
        }
        Goal goal = new Goal(Ids.alnum(27), broadcasterId, type, description, targetAmount, now);
        byChannel.computeIfAbsent(broadcasterId, b -> new ArrayList<>()).add(goal);
        return goal;
    }

    /** The channel's active goals, oldest first. */
    public synchronized List<Goal> of(String broadcasterId) {
        return List.copyOf(byChannel.getOrDefault(broadcasterId, List.of()));
    }
}
