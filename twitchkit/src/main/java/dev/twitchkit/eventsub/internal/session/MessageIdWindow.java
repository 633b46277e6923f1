package dev.twitchkit.eventsub.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the message ids seen in the last {@code window} (Twitch: 10 minutes) to drop resends, which carry the
 * same id. Memory is bounded twice: ids older than the window are forgotten, and beyond {@code maxIds} the oldest
 * are forgotten first. Not thread-safe; the session machine calls it under its lock.
 */
public final class MessageIdWindow {
    private final Duration window;
    private final int maxIds;
    private final InstantSource clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public MessageIdWindow(Duration window, int maxIds, InstantSource clock) {
        if (maxIds < 1) {
            throw new IllegalArgumentException("maxIds must be at least 1, got " + maxIds);
        }
        this.window = window;
        this.maxIds = maxIds;
        this.clock = clock;
    }

    /** Records {@code messageId}; false if it was already seen within the window (a duplicate). */
    public boolean firstTime(String messageId) {
        Instant now = clock.instant();
        evict(now);
        if (seen.containsKey(messageId)) {
            return false;
        }
        seen.put(messageId, now);
        if (seen.size() > maxIds) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** How many ids are remembered now. */
    public int size() {
        return seen.size();
    }

    private void evict(Instant now) {
        Instant horizon = now.minus(window);
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().isBefore(horizon)) {
                it.remove();
            } else {
                break; // insertion order is time order
            }
        }
    }
}
