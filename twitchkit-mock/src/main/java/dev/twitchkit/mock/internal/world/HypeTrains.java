package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hype trains: the current one of each channel (contributions keep it going {@link #WINDOW} longer; each level
 * takes {@link #POINTS_PER_LEVEL} points; it ends, with a cooldown of {@link #COOLDOWN}, when the window passes on
 * the mock clock) and the channel's all-time high.
 */
public final class HypeTrains {
    /** How long a train runs after its last contribution. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    /** How long after its end a channel's next train may start (reported in the end event). */
    public static final Duration COOLDOWN = Duration.ofHours(1);
    /** The points each level takes. */
    public static final int POINTS_PER_LEVEL = 1000;

    /** One user's points of one type ({@code bits}, {@code subscription}, {@code other}). */
    public record Contribution(String userId, String type, int total) {
    }

    /** A train. */
    public record Train(String id, String broadcasterId, int total, List<Contribution> contributions,
                        Instant startedAt, Instant expiresAt) {
        public int level() {
            return total / POINTS_PER_LEVEL + 1;
        }

        public int progress() {
            return total % POINTS_PER_LEVEL;
        }

        /** The largest contribution of each type, largest first. */
        public List<Contribution> top() {
            Map<String, Contribution> best = new LinkedHashMap<>();
            contributions.stream().sorted((a, b) -> Integer.compare(b.total(), a.total()))
                    .forEach(c -> best.putIfAbsent(c.type(), c));
            return List.copyOf(best.values());
        }
    }

    /** The highest level a channel's train reached. */
    public record Record(int level, int total, Instant achievedAt) {
    }

    private final Map<String, Train> trains = new HashMap<>();
    private final Map<String, Record> records = new HashMap<>();

    /** Adds a contribution, starting a train when none runs. */
    public synchronized Train contribute(String broadcasterId, String userId, String type, int points,
                                         Instant now) {
        Train train = current(broadcasterId, now).orElse(null);
        List<Contribution> contributions = new ArrayList<>(train == null ? List.of()
                : train.contributions());
        contributions.removeIf(c -> c.userId().equals(userId) && c.type().equals(type));
        int before = train == null ? 0 : train.contributions().stream()
                .filter(c -> c.userId().equals(userId) && c.type().equals(type)).mapToInt(Contribution::total).sum();
        contributions.add(new Contribution(userId, type, before + points));
        Train next = new Train(train == null ? Ids.uuid() : train.id(), broadcasterId,
                (train == null ? 0 : train.total()) + points, List.copyOf(contributions),
                train == null ? now : train.startedAt(), now.plus(WINDOW));
        trains.put(broadcasterId, next);
        Record high = records.get(broadcasterId);
        if (high == null || next.total() > high.total()) {
            records.put(broadcasterId, new Record(next.level(), next.total(), now));
        }
        return next;
    }

    /** The channel's running train at {@code now}. */
    public synchronized Optional<Train> current(String broadcasterId, Instant now) {
        return Optional.ofNullable(trains.get(broadcasterId)).filter(t -> t.expiresAt().isAfter(now));
    }

    /** Removes and returns the trains that ran out by {@code now}. */
    public synchronized List<Train> ended(Instant now) {
        List<Train> out = trains.values().stream().filter(t -> !t.expiresAt().isAfter(now)).toList();
        out.forEach(t -> trains.remove(t.broadcasterId()));
        return out;
    }

    /** The channel's all-time high. */
    public synchronized Optional<Record> allTimeHigh(String broadcasterId) {
        return Optional.ofNullable(records.get(broadcasterId));
    }
}
