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
 * Live delivery counters and the log of sent notifications: how often each of the most recent message ids went
 * out, and the frames of the newest ones so they can be resent unchanged. One map write per notification (this is
 * on the send path the throughput harness measures); a mock that runs for days keeps a bounded log: ids older than
 * the history are forgotten, frames older than the resend window are released.
 */
public final class Counters {
    /** How many recent notification frames are kept for a resend. */
    static final int RESENDABLE = 10_000;

    private final LongAdder sent = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final Map<String, Entry> byMessageId = new ConcurrentHashMap<>();
    /** The last {@code history} entries, a ring indexed by send number. */
    private final AtomicReferenceArray<Entry> log;
    private final AtomicLong next = new AtomicLong();

    /** One sent message id: its send count, and its frame while it is within the resend window. */
    static final class Entry {
        final long number;
        final String messageId;
        final Subscription subscription;
        final AtomicInteger times = new AtomicInteger(1);
        volatile String frame;

        Entry(long number, String messageId, Subscription subscription, String frame) {
            this.number = number;
            this.messageId = messageId;
            this.subscription = subscription;
            this.frame = frame;
        }
    }

    /** @param history how many message ids are remembered, at least {@link #RESENDABLE} */
    public Counters(int history) {
        if (history < RESENDABLE) {
            throw new IllegalArgumentException("the message id history must hold at least " + RESENDABLE
                    + " ids, got " + history);
        }
        this.log = new AtomicReferenceArray<>(history);
    }

    /** A notification went out for the first time. */
    void sent(String messageId, Subscription subscription, String frame) {
        sent.increment();
        long number = next.getAndIncrement();
        Entry entry = new Entry(number, messageId, subscription, frame);
        byMessageId.put(messageId, entry);
        Entry evicted = log.getAndSet(slot(number), entry);
        if (evicted != null) {
            byMessageId.remove(evicted.messageId, evicted);
        }
        Entry aged = number >= RESENDABLE ? log.get(slot(number - RESENDABLE)) : null;
        if (aged != null && aged.number == number - RESENDABLE) {
            aged.frame = null;
        }
    }

    private int slot(long number) {
        return (int) (number % log.length());
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
        for (int i = 0; i < log.length(); i++) {
            log.set(i, null);
        }
    }
}
