package dev.twitchkit.eventsub.internal.session;

import java.util.concurrent.atomic.AtomicLong;

/** What one session machine did, for tests, the demo's summary and metrics. */
public final class SessionCounters {
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong stale = new AtomicLong();
    final AtomicLong handovers = new AtomicLong();
    final AtomicLong losses = new AtomicLong();
    final AtomicLong keepaliveTimeouts = new AtomicLong();

    /** Notifications passed on (after dedupe and the stale check). */
    public long delivered() {
        return delivered.get();
    }

    /** Notifications dropped because their message id was already seen. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Notifications dropped because they were older than the stale limit. */
    public long stale() {
        return stale.get();
    }

    /** {@code session_reconnect} handovers completed. */
    public long handovers() {
        return handovers.get();
    }

    /** Sessions lost (closed by Twitch, broken, silent) that led to a reconnect. */
    public long losses() {
        return losses.get();
    }

    /** Losses found by silence: the keepalive watchdog, or a liveness ping left unanswered. */
    public long keepaliveTimeouts() {
        return keepaliveTimeouts.get();
    }
}
