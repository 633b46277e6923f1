package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Errors a test scripted for the next token requests of a grant type, answered before any real check. */
public final class OAuthFaults {
    private final Map<String, Queue<TwitchHttpError>> pending = new ConcurrentHashMap<>();

    /** The next request with this {@code grant_type} fails with this status and message. Calls queue up. */
    public void failNext(String grantType, int status, String message) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an injected failure needs a 4xx or 5xx status, got " + status);
        }
        pending.computeIfAbsent(grantType, g -> new ConcurrentLinkedQueue<>())
                .add(new TwitchHttpError(status, message));
    }

    /** Throws the next scripted failure for this grant type, if any. */
    void throwIfScripted(String grantType) {
        Queue<TwitchHttpError> queue = pending.get(grantType);
        TwitchHttpError next = queue == null ? null : queue.poll();
        if (next != null) {
            throw next;
        }
    }
}
