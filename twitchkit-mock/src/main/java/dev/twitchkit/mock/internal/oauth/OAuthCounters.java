package dev.twitchkit.mock.internal.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What clients did at the id server, for tests that check a client's token upkeep (Twitch requires validating
 * every token hourly; a client should refresh once however many callers hit a 401).
 */
public final class OAuthCounters {
    private final Map<String, AtomicInteger> validationsByToken = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> validationsByUser = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refreshesByUser = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();

    void validated(String accessToken, String userIdOrNull) {
        increment(validationsByToken, accessToken);
        if (userIdOrNull != null) {
            increment(validationsByUser, userIdOrNull);
        }
    }

    void tokenRequested() {
        tokenRequests.incrementAndGet();
    }

    void refreshed(String userId) {
        increment(refreshesByUser, userId);
    }

    /** {@code GET /validate} calls made with this access token, answered 200 or 401. */
    public int validationsOfToken(String accessToken) {
        return read(validationsByToken, accessToken);
    }

    /** Successful {@code GET /validate} calls for any token of this user. */
    public int validationsOfUser(String userId) {
        return read(validationsByUser, userId);
    }

    /** Successful refresh-token grants for this user. */
    public int refreshesOfUser(String userId) {
        return read(refreshesByUser, userId);
    }

    /** {@code POST /token} requests of any grant, answered or refused. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    private static void increment(Map<String, AtomicInteger> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static int read(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger count = key == null ? null : counts.get(key);
        return count == null ? 0 : count.get();
    }
}
