package dev.twitchkit.mock.internal.world;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bans and timeouts per channel. A timeout ends by itself when the mock's clock passes its end (nothing sweeps: a
 * lapsed timeout simply no longer counts), so a test advancing the clock sees the user free again, as at Twitch.
 */
public final class Bans {
    /**
     * One ban or timeout.
     *
     * @param expiresAt when a timeout ends; null for a permanent ban
     */
    public record Ban(String broadcasterId, String userId, String moderatorId, String reason, Instant createdAt,
                      Instant expiresAt) {
        /** Whether this is a ban rather than a timeout. */
        public boolean permanent() {
            return expiresAt == null;
        }
    }

    private final Clock clock;
    private final Map<String, Map<String, Ban>> byChannel = new ConcurrentHashMap<>();

    public Bans(Clock clock) {
        this.clock = clock;
    }

    /** The user's ban or running timeout in the channel. */
    public synchronized Optional<Ban> active(String broadcasterId, String userId) {
        Ban ban = channel(broadcasterId).get(userId);
        return Optional.ofNullable(ban).filter(this::inForce);
    }

    /** Records a ban (or a timeout, replacing a running one); the caller has checked that it is allowed. */
    public synchronized Ban put(Ban ban) {
        channel(ban.broadcasterId()).put(ban.userId(), ban);
        return ban;
    }

    /** Lifts the user's ban or timeout; empty when none was in force. */
    public synchronized Optional<Ban> lift(String broadcasterId, String userId) {
        Ban removed = channel(broadcasterId).remove(userId);
        return Optional.ofNullable(removed).filter(this::inForce);
    }

    /** The bans and running timeouts of the channel, newest first. */
    public synchronized List<Ban> list(String broadcasterId) {
        return channel(broadcasterId).values().stream().filter(this::inForce)
                .sorted(Comparator.comparing(Ban::createdAt).reversed()).toList();
    }

    private boolean inForce(Ban ban) {
        return ban.permanent() || ban.expiresAt().isAfter(clock.instant());
    }

    private Map<String, Ban> channel(String broadcasterId) {
        return byChannel.computeIfAbsent(broadcasterId, b -> new LinkedHashMap<>());
    }
}
