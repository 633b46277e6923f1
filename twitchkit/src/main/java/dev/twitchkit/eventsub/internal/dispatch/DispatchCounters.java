package dev.twitchkit.eventsub.internal.dispatch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the dispatcher did, over all its queues. */
public final class DispatchCounters {
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong handlerErrors = new AtomicLong();
    final AtomicLong unbindable = new AtomicLong();
    final AtomicInteger queued = new AtomicInteger();

    /** Notifications waiting for handlers now, over all queues. */
    public int queued() {
        return queued.get();
    }

    /** Notifications handed to handlers. */
    public long delivered() {
        return delivered.get();
    }

    /** Notifications dropped by the overflow policy because a queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /**
     * Queued events whose binding failed unexpectedly, so nothing was delivered for them (a frame found malformed
     * while binding is counted by the decoder instead and does not count here).
     */
    public long unbindable() {
        return unbindable.get();
    }

    /** Exceptions thrown by handlers (each went to the error sink). */
    public long handlerErrors() {
        return handlerErrors.get();
    }
}
