package dev.twitchkit.eventsub.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twitch's time as this host sees it: the host's clock plus the offset last seen in a message Twitch stamped as it
 * sent it (a welcome or a keepalive; not a notification, which may be a late resend). Staleness is judged on this
 * clock, so a host whose clock is minutes off (an RTC kept in local time, a broken NTP) still receives. The offset
 * also holds the network latency, milliseconds against a ten-minute window.
 *
 * <p>Warns once when the host's clock is off by more than {@link #WARN_ABOVE}. Thread-safe.
 */
public final class TwitchClock implements InstantSource {
    /** An offset beyond this is a wrong host clock rather than latency. */
    public static final Duration WARN_ABOVE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(TwitchClock.class);

    private final InstantSource host;
    private final AtomicBoolean warned = new AtomicBoolean();
    /** Twitch's time minus the host's, in milliseconds; 0 until a message was seen. */
    private volatile long offsetMillis;

    public TwitchClock(InstantSource host) {
        this.host = host;
    }

    /** Notes the timestamp of a message Twitch stamped as it sent it. */
    public void observe(Instant sentAt) {
        long offset = sentAt.toEpochMilli() - host.millis();
        offsetMillis = offset;
        if (Math.abs(offset) > WARN_ABOVE.toMillis() && warned.compareAndSet(false, true)) {
            LOG.warn("This host's clock is {} ms {} Twitch's; judging message age by Twitch's clock. Fix the host's"
                    + " clock (NTP) for tokens' expiry and logs", Math.abs(offset), offset < 0 ? "ahead of" : "behind");
        }
    }

    /** Twitch's time minus the host's. */
    public Duration offset() {
        return Duration.ofMillis(offsetMillis);
    }

    /** The host's clock, as given. */
    public InstantSource host() {
        return host;
    }

    @Override
    public Instant instant() {
        return host.instant().plusMillis(offsetMillis);
    }
}
