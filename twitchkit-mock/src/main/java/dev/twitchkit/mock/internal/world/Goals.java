package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creator goals, the active ones of each channel. A goal's current amount is read from the world when asked:
 * followers for a {@code follower} goal, subscription points for {@code subscription}, subscribers for
 * {@code subscription_count}; the {@code new_*} goals count subscriptions since the goal's creation, which the mock
 * does not date, so 0.
 */
public final class Goals {
    /** Twitch's goal types. */
    public static final Set<String> TYPES = Set.of("follower", "subscription", "subscription_count",
            "new_subscription", "new_subscription_count");

    /** An active goal. */
    public record Goal(String id, String broadcasterId, String type, String description, int targetAmount,
                       Instant createdAt) {
    }

    private final Map<String, List<Goal>> byChannel = new HashMap<>();
    private final Follows follows;
    private final Subscribers subscribers;

    Goals(Follows follows, Subscribers subscribers) {
        this.follows = follows;
        this.subscribers = subscribers;
    }

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

    /** The goal's current amount (see the class). */
    public int currentAmount(Goal goal) {
        String channel = goal.broadcasterId();
        return switch (goal.type()) {
            case "follower" -> follows.followersOf(channel).size();
            case "subscription" -> subscribers.of(channel).stream().mapToInt(Subscribers.Sub::points).sum();
            case "subscription_count" -> subscribers.of(channel).size();
            default -> 0;
        };
    }

    /** The type as the EventSub goal events name it ({@code follow} where Helix says {@code follower}). */
    public static String eventType(Goal goal) {
        return goal.type().equals("follower") ? "follow" : goal.type();
    }
}
