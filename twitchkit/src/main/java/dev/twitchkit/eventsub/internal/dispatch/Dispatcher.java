package dev.twitchkit.eventsub.internal.dispatch;

import dev.twitchkit.eventsub.OverflowPolicy;
import java.util.concurrent.Executor;

/**
 * Runs handlers off the sockets' reading threads. Each connection gets its own {@link DispatchQueue}, drained by
 * one task at a time on the shared executor, so a connection's events keep their arrival order while different
 * connections proceed in parallel.
 */
public final class Dispatcher {
    private final HandlerTable handlers = new HandlerTable();
    private final DispatchCounters counters = new DispatchCounters();
    private final Executor executor;
    private final int capacity;
    private final OverflowPolicy policy;
    private final long stallNanos;
    private final ErrorSink errors;

    /**
     * @param capacity how many notifications a connection's queue holds before {@code policy} applies
     */
    public Dispatcher(Executor executor, int capacity, OverflowPolicy policy, ErrorSink errors) {
        this(executor, capacity, policy, DispatchQueue.DEFAULT_STALL_NANOS, errors);
    }

    /**
     * @param stallNanos how long a full queue holds the offering thread for the drain before {@code policy} drops
     *     (tests set it)
     */
    Dispatcher(Executor executor, int capacity, OverflowPolicy policy, long stallNanos, ErrorSink errors) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1, got " + capacity);
        }
        this.executor = executor;
        this.capacity = capacity;
        this.policy = policy;
        this.stallNanos = stallNanos;
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
        return new DispatchQueue(name, handlers, executor, capacity, policy, stallNanos, errors, counters);
    }
}
