package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.MockCounters;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live delivery counters and the log of sent notifications: how often each message id went out, and the
 * frames of the most recent ones so they can be resent unchanged. One map write per notification (this is
 * on the send path the throughput harness measures); frames older than the resend window are released.
 */
public final class Counters {
    /** How many recent notification frames are kept for a resend. */
    static final int RESENDABLE = 10_000;

    private final LongAdder sent = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final Map<String, Entry> byMessageId = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<Entry> window = new AtomicReferenceArray<>(RESENDABLE);
    private final AtomicLong next = new AtomicLong();

    /** One sent message id: its send count, and its frame while it is within the resend window. */
    static final class Entry {
        final Subscription subscription;
        final AtomicInteger times = new AtomicInteger(1);
        volatile String frame;

        Entry(Subscription subscription, String frame) {
            this.subscription = subscription;
            this.frame = frame;
        }
    }

    /** A notification went out for the first time. */
    void sent(String messageId, Subscription subscription, String frame) {
        sent.increment();
        Entry entry = new Entry(subscription, frame);
        byMessageId.put(messageId, entry);
        Entry evicted = window.getAndSet((int) (next.getAndIncrement() % RESENDABLE), entry);
        if (evicted != null) {
            evicted.frame = null;
        }
    }

    /** A notification went out again with the same message id. */
    void resent(Entry entry) {
        sent.increment();
        entry.times.incrementAndGet();
    }

    /** The log entry of a message id whose frame can still be resent. */
    Optional<Entry> resendable(String messageId) {
        Entry e = byMessageId.get(messageId);
        return e == null || e.frame == null ? Optional.empty() : Optional.of(e);
    }

    public void dropped() {
        dropped.increment();
    }

    public MockCounters snapshot() {
        Map<String, Integer> times = new HashMap<>(byMessageId.size() * 2);
        byMessageId.forEach((id, e) -> times.put(id, e.times.get()));
        return new MockCounters(sent.sum(), dropped.sum(), times);
    }

    public void reset() {
        sent.reset();
        dropped.reset();
        byMessageId.clear();
        for (int i = 0; i < RESENDABLE; i++) {
            window.set(i, null);
        }
    }
}
