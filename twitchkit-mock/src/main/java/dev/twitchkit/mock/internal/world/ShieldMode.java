package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each channel's Shield Mode: on or off, and who last turned it on, when. */
public final class ShieldMode {
    /**
     * A channel's status; {@code moderatorId} and {@code lastActivatedAt} are null before the first activation.
     */
    public record Status(boolean active, String moderatorId, Instant lastActivatedAt) {
    }

    /** What a change did: the status before and after. */
    public record Change(Status before, Status after) {
        /** Whether the switch actually flipped. */
        public boolean flipped() {
            return before.active() != after.active();
        }
    }

    private static final Status NEVER = new Status(false, null, null);
    private final Map<String, Status> byChannel = new ConcurrentHashMap<>();

    /** The channel's status. */
    public Status status(String broadcasterId) {
        return byChannel.getOrDefault(broadcasterId, NEVER);
    }

    /** Turns Shield Mode on (recording the moderator and time) or off (keeping who last turned it on). */
    public synchronized Change set(String broadcasterId, boolean active, String moderatorId, Instant now) {
        Status before = status(broadcasterId);
        Status after = active ? new Status(true, moderatorId, now)
                : new Status(false, before.moderatorId(), before.lastActivatedAt());
        byChannel.put(broadcasterId, after);
        return new Change(before, after);
    }
}
