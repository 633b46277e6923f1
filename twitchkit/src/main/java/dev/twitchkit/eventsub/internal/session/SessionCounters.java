package dev.twitchkit.eventsub.internal.session;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one session machine did, for tests, the demo's summary and metrics. A machine's counters may also count
 * into a client's totals ({@link #countingInto}), which outlive the machines a client replaces (a conduit shard's
 * machine is replaced on every lost session), so the client's figures only ever grow.
 */
public final class SessionCounters {
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong stale = new AtomicLong();
    final AtomicLong handovers = new AtomicLong();
    final AtomicLong losses = new AtomicLong();
    final AtomicLong keepaliveTimeouts = new AtomicLong();
    private final SessionCounters totals;

    /** Counters of their own. */
    public SessionCounters() {
        this(null);
    }

    private SessionCounters(SessionCounters totals) {
        this.totals = totals;
    }

    /** Counters that also count into {@code totals} (a client's, summed over all its machines). */
    public static SessionCounters countingInto(SessionCounters totals) {
        return new SessionCounters(totals);
    }

    void countDelivered() {
        delivered.incrementAndGet();
        if (totals != null) {
            totals.countDelivered();
        }
    }

    void countDuplicate() {
        duplicates.incrementAndGet();
        if (totals != null) {
            totals.countDuplicate();
        }
    }

    /** Counts a stale notification; returns this machine's count of them. */
    long countStale() {
        if (totals != null) {
            totals.countStale();
        }
        return stale.incrementAndGet();
    }

    void countHandover() {
        handovers.incrementAndGet();
        if (totals != null) {
            totals.countHandover();
        }
    }

    void countLoss() {
        losses.incrementAndGet();
        if (totals != null) {
            totals.countLoss();
        }
    }

    void countKeepaliveTimeout() {
        keepaliveTimeouts.incrementAndGet();
        if (totals != null) {
            totals.countKeepaliveTimeout();
        }
    }

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
