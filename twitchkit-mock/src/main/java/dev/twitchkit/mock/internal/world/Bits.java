package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Bits: the cheers of every channel (its leaderboard) and each channel's custom Power-ups. */
public final class Bits {
    private final List<Cheer> cheers = new CopyOnWriteArrayList<>();
    private final Map<String, List<PowerUp>> powerUps = new ConcurrentHashMap<>();

    /** A cheer of {@code bits} by a user in a channel. */
    public record Cheer(String broadcasterId, String userId, int bits, Instant at) {
    }

    /** A custom Power-up of a channel. */
    public record PowerUp(String id, String broadcasterId, String title, String prompt, int bits) {
    }

    /** Records a cheer. */
    public void cheer(Cheer cheer) {
        cheers.add(cheer);
    }

    /** The cheers in a channel from {@code from} (inclusive) to {@code to} (exclusive); nulls: unbounded. */
    public List<Cheer> cheers(String broadcasterId, Instant from, Instant to) {
        return cheers.stream().filter(c -> c.broadcasterId().equals(broadcasterId))
                .filter(c -> from == null || !c.at().isBefore(from))
                .filter(c -> to == null || c.at().isBefore(to))
                .toList();
    }

    /** Adds a Power-up to a channel. */
    public PowerUp addPowerUp(String broadcasterId, String title, String prompt, int bits) {
        PowerUp powerUp = new PowerUp(UUID.randomUUID().toString(), broadcasterId, title, prompt, bits);
        // Each list is replaced, never changed in place, so a list restored from a saved world is as safe as a new one.
        powerUps.merge(broadcasterId, List.of(powerUp), (held, added) -> Stream.concat(held.stream(), added.stream())
                .toList());
        return powerUp;
    }

    /** A channel's Power-ups, oldest first. */
    public List<PowerUp> powerUps(String broadcasterId) {
        return new ArrayList<>(powerUps.getOrDefault(broadcasterId, List.of()));
    }
}
