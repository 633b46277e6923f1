package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Failures a test scripted for the next Helix requests (a 401 mid-call, a 503 to retry), in order. */
public final class HelixFaults {
    private final Queue<TwitchHttpError> pending = new ConcurrentLinkedQueue<>();

    /** The next {@code count} Helix requests (any route, after authentication) fail with this status. */
    public void failNext(int count, int status, String message) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an injected failure needs a 4xx or 5xx status, got " + status);
        }
        for (int i = 0; i < count; i++) {
            pending.add(new TwitchHttpError(status, message));
        }
    }

    /** The next scripted failure, or null. */
    TwitchHttpError next() {
        return pending.poll();
    }
}
