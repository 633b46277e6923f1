package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The suspicious-user status moderators gave chatters in each channel. */
public final class SuspiciousUsers {
    /** A user's status; {@code status} is {@code ACTIVE_MONITORING}, {@code RESTRICTED} or {@code NO_TREATMENT}. */
    public record Entry(String broadcasterId, String userId, String moderatorId, String status, Instant updatedAt) {
    }

    private final Map<String, Entry> byChannelAndUser = new ConcurrentHashMap<>();

    /** Sets the user's status (NO_TREATMENT removes it). */
    public Entry set(Entry entry) {
        byChannelAndUser.put(entry.broadcasterId() + "/" + entry.userId(), entry);
        return entry;
    }

    /** The user's status in the channel. */
    public Optional<Entry> get(String broadcasterId, String userId) {
        return Optional.ofNullable(byChannelAndUser.get(broadcasterId + "/" + userId));
    }
}
