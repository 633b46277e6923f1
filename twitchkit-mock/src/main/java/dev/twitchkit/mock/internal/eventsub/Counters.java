package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.MockCounters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Live delivery counters; {@link #snapshot()} gives the public view. */
public final class Counters {
    private final LongAdder sent = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final Map<String, Integer> perMessageId = new ConcurrentHashMap<>();

    public void sent(String messageId) {
        sent.increment();
        perMessageId.merge(messageId, 1, Integer::sum);
    }

    public void dropped() {
        dropped.increment();
    }

    public MockCounters snapshot() {
        return new MockCounters(sent.sum(), dropped.sum(), perMessageId);
    }

    public void reset() {
        sent.reset();
        dropped.reset();
        perMessageId.clear();
    }
}
