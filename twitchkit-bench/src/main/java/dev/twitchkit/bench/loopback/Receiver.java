package dev.twitchkit.bench.loopback;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The handler side of a run: counts every chat message, how often each sequence number arrived, and, when asked,
 * each message's latency from its send stamp to the handler. Safe from any thread (twitchkit may drain a queue
 * on either dispatch thread; Twitch4J calls it on its reading thread).
 */
public final class Receiver implements ChatSink {
    private final AtomicIntegerArray timesReceived;
    private final long[] latencyNanos;
    private final AtomicLong received = new AtomicLong();
    private volatile long lastArrivalNanos;
    private volatile boolean recordLatency;

    /** @param capacity the highest sequence number + 1 the run sends */
    public Receiver(int capacity) {
        this.timesReceived = new AtomicIntegerArray(capacity);
        this.latencyNanos = new long[capacity];
    }

    @Override
    public void chat(String text) {
        long now = System.nanoTime();
        long sequence = ChatFrames.sequenceOf(text);
        if (sequence >= 0 && sequence < timesReceived.length()) {
            timesReceived.incrementAndGet((int) sequence);
            if (recordLatency) {
                latencyNanos[(int) sequence] = now - ChatFrames.sentNanosOf(text);
            }
        }
        lastArrivalNanos = now;
        received.incrementAndGet();
    }

    /** From now on, record latencies (the counter write after each latency publishes it). */
    public void recordLatency(boolean on) {
        this.recordLatency = on;
    }

    public long received() {
        return received.get();
    }

    public long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    public int timesReceived(long sequence) {
        return timesReceived.get((int) sequence);
    }

    /** The latency of a message, in nanoseconds; read after {@link #received()} showed it arrived. */
    public long latencyNanos(long sequence) {
        return latencyNanos[(int) sequence];
    }
}
