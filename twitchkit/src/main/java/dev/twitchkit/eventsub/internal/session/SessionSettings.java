package dev.twitchkit.eventsub.internal.session;

import java.net.URI;
import java.time.Duration;

/**
 * How a session behaves; Twitch's rules are the defaults of {@link #defaults(URI)}.
 *
 * @param baseUrl where new sessions open (not a reconnect URL)
 * @param keepaliveTimeoutSeconds sent as {@code keepalive_timeout_seconds}; null sends none (Twitch: 10 s)
 * @param keepaliveSlack the watchdog waits {@code max(keepalive * slack, keepalive + 1 s)} of silence; the extra
 *                       second keeps short test keepalives from tripping on scheduling jitter
 * @param connectTimeout how long a socket may take to open and be welcomed
 * @param backoffInitial the first reconnect delay ceiling
 * @param backoffMax the cap of the reconnect delay ceiling
 * @param stablePeriod a session welcomed this long ago resets the backoff when lost
 * @param dedupeWindow how long message ids are remembered (Twitch: 10 minutes)
 * @param dedupeMaxIds the most message ids remembered at once
 * @param staleAfter notifications older than this are dropped (Twitch: 10 minutes)
 * @param livenessProbe whether a welcomed socket silent for {@link #probeAfter} is pinged, and lost when no pong
 *                      comes within {@link #pongTimeout}
 */
public record SessionSettings(URI baseUrl, Integer keepaliveTimeoutSeconds, double keepaliveSlack,
                              Duration connectTimeout, Duration backoffInitial, Duration backoffMax,
                              Duration stablePeriod, Duration dedupeWindow, int dedupeMaxIds, Duration staleAfter,
                              boolean livenessProbe) {

    public static SessionSettings defaults(URI baseUrl) {
        return new SessionSettings(baseUrl, null, 1.2, Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofSeconds(180), Duration.ofSeconds(60), Duration.ofMinutes(10), 100_000,
                Duration.ofMinutes(10), true);
    }

    /** The URL a new session opens: the base URL with {@code keepalive_timeout_seconds} when set. */
    public URI connectUrl() {
        if (keepaliveTimeoutSeconds == null) {
            return baseUrl;
        }
        String s = baseUrl.toString();
        return URI.create(s + (s.contains("?") ? "&" : "?") + "keepalive_timeout_seconds=" + keepaliveTimeoutSeconds);
    }

    /** How long a welcomed session may stay silent before it counts as lost. */
    public Duration watchdogTimeout(int keepaliveSeconds) {
        long millis = keepaliveSeconds * 1000L;
        return Duration.ofMillis(Math.max((long) (millis * keepaliveSlack), millis + 1000));
    }

    /**
     * The silence after which a welcomed socket is pinged: a quarter of the keepalive, at least 500 ms. With
     * {@link #pongTimeout} a dead connection is noticed within half of Twitch's keepalive of its last message.
     */
    public Duration probeAfter(int keepaliveSeconds) {
        return Duration.ofMillis(Math.max(500, keepaliveSeconds * 250L));
    }

    /**
     * How long the pong may take: a quarter of the keepalive, at least 1 s, so a GC pause or a busy machine does
     * not fail a live connection (the watchdog's extra second is there for the same reason).
     */
    public Duration pongTimeout(int keepaliveSeconds) {
        return Duration.ofMillis(Math.max(1000, keepaliveSeconds * 250L));
    }
}
