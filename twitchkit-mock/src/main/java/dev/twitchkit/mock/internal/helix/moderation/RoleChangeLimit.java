package dev.twitchkit.mock.internal.helix.moderation;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twitch's limit on role changes: a broadcaster may add (or remove) at most 10 moderators (or VIPs) within 10
 * seconds, counted per kind of change on the mock's clock; the 11th is a 429.
 */
final class RoleChangeLimit {
    static final int MAX_CHANGES = 10;
    static final Duration WINDOW = Duration.ofSeconds(10);
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    RoleChangeLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts one change of {@code kind} (e.g. {@code add moderator}) in the channel; 429 when over the limit. */
    void take(String broadcasterId, String kind) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(broadcasterId + "/" + kind, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() >= MAX_CHANGES) {
                throw TwitchHttpError.tooManyRequests("The broadcaster exceeded the number of changes (" + kind
                        + ") they may make within a 10-second window.");
            }
            times.addLast(now);
        }
    }
}
