package dev.twitchkit.eventsub.internal.dispatch;

import dev.twitchkit.eventsub.OverflowPolicy;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs handlers off the sockets' reading threads. Each connection gets its own {@link DispatchQueue}, drained by
 * one task at a time on the shared executor, so a connection's events keep their arrival order while different
 * connections proceed in parallel.
 */
public final class Dispatcher {
    private final HandlerTable handlers = new HandlerTable();
    private final DispatchCounters counters = new DispatchCounters();
    /**
     * A drainer waits this long for the next event before giving its thread back: longer than the gap between
     * events of a steady stream of a few thousand a second, short enough that a quiet queue soon frees its thread.
     */
    static final Duration DEFAULT_LINGER = Duration.ofMillis(1);

    private final Executor executor;
    private final long lingerNanos;
    private final AtomicBoolean lingerSlot = new AtomicBoolean();
    private final int capacity;
    private final OverflowPolicy policy;
    private final ErrorSink errors;

    /**
     * @param capacity how many notifications a connection's queue holds before {@code policy} applies
     */
    public Dispatcher(Executor executor, int capacity, OverflowPolicy policy, ErrorSink errors) {
        this(executor, capacity, policy, errors, DEFAULT_LINGER);
    }

    /**
     * @param linger how long a queue's drainer waits for the next item after the queue ran empty before it gives
     *     its thread back (one queue at a time); zero: never
     */
    Dispatcher(Executor executor, int capacity, OverflowPolicy policy, ErrorSink errors, Duration linger) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1, got " + capacity);
        }
        this.executor = executor;
        this.lingerNanos = linger.toNanos();
        this.capacity = capacity;
        this.policy = policy;
        this.errors = (error, context) -> {
            counters.handlerErrors.incrementAndGet();
            errors.onError(error, context);
        };
    }

    public HandlerTable handlers() {
        return handlers;
    }

    public DispatchCounters counters() {
        return counters;
    }

    /** A new queue for one connection. */
    public DispatchQueue newQueue(String name) {
        return new DispatchQueue(name, handlers, executor, capacity, policy, errors, counters, lingerNanos,
                lingerSlot);
    }
}
