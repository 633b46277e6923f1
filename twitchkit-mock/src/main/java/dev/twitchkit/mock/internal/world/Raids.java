package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raids in progress. A raid started through Helix waits {@link #COUNTDOWN} on the mock clock, as Twitch's raid
 * countdown does, and then goes through ({@link #due}); it can be cancelled until then. One pending raid per
 * broadcaster (409), at most {@link #MAX_REQUESTS} start or cancel requests per broadcaster in
 * {@link #REQUEST_WINDOW} (429).
 */
public final class Raids {
    /** How long a raid waits before it goes through (Twitch's countdown). */
    public static final Duration COUNTDOWN = Duration.ofSeconds(90);
    /** Twitch's limit on raid requests per broadcaster in {@link #REQUEST_WINDOW}. */
    public static final int MAX_REQUESTS = 10;
    /** The window of {@link #MAX_REQUESTS}. */
    public static final Duration REQUEST_WINDOW = Duration.ofMinutes(10);

    /** A raid waiting for its countdown. */
    public record Raid(String fromId, String toId, Instant createdAt) {
        /** When the countdown ends and the raid goes through. */
        public Instant goesAt() {
            return createdAt.plus(COUNTDOWN);
        }
    }

    private final Map<String, Raid> pending = new HashMap<>();
    private final Map<String, Deque<Instant>> requests = new HashMap<>();

    /** Starts a raid; 429 over the request limit, 409 when the broadcaster is already raiding. */
    public synchronized Raid start(String fromId, String toId, Instant now) {
        countRequest(fromId, now);
        if (pending.containsKey(fromId)) {
            throw TwitchHttpError.conflict("The broadcaster is already in the process of raiding another channel.");
        }
        Raid raid = new Raid(fromId, toId, now);
        pending.put(fromId, raid);
        return raid;
    }

    /** Cancels the broadcaster's pending raid; 429 over the request limit, 404 when there is none. */
    public synchronized Raid cancel(String fromId, Instant now) {
        countRequest(fromId, now);
        Raid raid = pending.remove(fromId);
        if (raid == null) {
            throw TwitchHttpError.notFound("The broadcaster doesn't have a pending raid to cancel.");
        }
        return raid;
    }

    /** The broadcaster's pending raid. */
    public synchronized Optional<Raid> pending(String fromId) {
        return Optional.ofNullable(pending.get(fromId));
    }

    /** Removes and returns the raids whose countdown has ended at {@code now}. */
    public synchronized List<Raid> due(Instant now) {
        List<Raid> out = new ArrayList<>();
        for (Iterator<Raid> it = pending.values().iterator(); it.hasNext(); ) {
            Raid raid = it.next();
            if (!raid.goesAt().isAfter(now)) {
                out.add(raid);
                it.remove();
            }
        }
        return out;
    }

    private void countRequest(String fromId, Instant now) {
        Deque<Instant> times = requests.computeIfAbsent(fromId, f -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(REQUEST_WINDOW))) {
            times.pollFirst();
        }
        if (times.size() >= MAX_REQUESTS) {
            throw TwitchHttpError.tooManyRequests("The broadcaster exceeded the number of raid requests that they "
                    + "may make. The limit is 10 requests within a 10-minute window.");
        }
        times.addLast(now);
    }
}
