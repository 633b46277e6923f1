package dev.twitchkit.eventsub.internal.dispatch;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's bounded queue of notifications and lifecycle events; a single drain task at a time delivers in
 * arrival order on the executor. Only notifications count against the capacity and can be dropped; lifecycle events
 * always get through. {@code offer} runs on the socket's reading thread, so it blocks only briefly: a full queue
 * holds it until the drain frees a slot, for at most the stall bound (the drain's task may be waiting for a pool
 * thread, or its thread for a core), and only a drain that freed nothing in that time makes the overflow policy
 * drop. After such a stall offers drop at once until the drain takes an item again, so a stuck handler never
 * stops the socket's reading for more than one bound.
 */
public final class DispatchQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchQueue.class);
    private static final int BATCH = 256;
    /** How long a full queue holds the offering thread for the drain to free a slot before dropping. */
    static final long DEFAULT_STALL_NANOS = 250_000_000L;

    private final String name;
    private final HandlerTable handlers;
    private final Executor executor;
    private final int capacity;
    /** Backlog beyond which the offering thread binds the events it queues itself. */
    private final int helpAbove;
    private final OverflowPolicy policy;
    private final long stallNanos;
    private final ErrorSink errors;
    private final DispatchCounters counters;
    private final ConcurrentLinkedQueue<Object> items = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedNotifications = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** The thread running the drain loop now, if any. */
    private volatile Thread drainer;
    /** Set when a hand-off ran inline on the drainer; read and written by the drainer only. */
    private boolean ranInline;
    /** Offering threads waiting for a free slot; the drain signals {@link #slotFreed} only while there are any. */
    private final AtomicInteger waiting = new AtomicInteger();
    private final ReentrantLock slotLock = new ReentrantLock();
    private final Condition slotFreed = slotLock.newCondition();
    /** Set when a wait for a slot ran out; cleared when the drain takes an item. Offers drop at once meanwhile. */
    private volatile boolean stalled;

    /** @param stallNanos how long a full queue holds an offering thread for the drain before the policy drops */
    DispatchQueue(String name, HandlerTable handlers, Executor executor, int capacity, OverflowPolicy policy,
                  long stallNanos, ErrorSink errors, DispatchCounters counters) {
        this.name = name;
        this.handlers = handlers;
        this.executor = executor;
        this.capacity = capacity;
        this.helpAbove = Math.max(1, Math.min(BATCH, capacity / 4));
        this.policy = policy;
        this.stallNanos = stallNanos;
        this.errors = errors;
        this.counters = counters;
    }

    /** Queues a notification, applying the overflow policy when the queue is full. */
    public void offer(Notification<?> notification) {
        List<Notification<?>> bound = List.of(notification);
        enqueue(new QueuedNotification(notification.messageId(), () -> bound));
    }

    /**
     * Queues a notification whose event is bound by {@code binder} on the dispatch thread just before delivery
     * (binding is most of a frame's cost; the reading thread only read the envelope). It counts against the capacity
     * as one notification. The binder must not throw; it may yield no notification (a frame that turned out
     * malformed, counted where it was decoded) or several. It must bind once and return the same list to every
     * caller, on any thread: when the drain falls behind, the offering thread binds the event itself (see below).
     */
    public void offer(String messageId, Supplier<? extends List<? extends Notification<?>>> binder) {
        if (enqueue(new QueuedNotification(messageId, binder)) && queuedNotifications.get() > helpAbove) {
            // The drain falls behind: binding here too makes two threads bind (the drain's items and this one,
            // different events, order unchanged), and slows the offering thread to a bind per event, so the socket
            // pushes back. That bounds the backlog only while the drain runs; a full queue waits (awaitSlot).
            try {
                binder.get();
            } catch (RuntimeException e) {
                LOG.debug("{}: binding message {} ahead of the drain failed; the drain binds it", name, messageId);
            }
        }
    }

    /** A notification in the queue, its event bound already or by {@code binder} on first call. */
    private record QueuedNotification(String messageId, Supplier<? extends List<? extends Notification<?>>> binder) {
    }

    /** Whether it was queued. */
    private boolean enqueue(QueuedNotification notification) {
        if (queuedNotifications.get() >= capacity && !awaitSlot()) {
            if (policy == OverflowPolicy.DROP_NEWEST || !dropOldest()) {
                dropped(notification.messageId());
                return false;
            }
        }
        queuedNotifications.incrementAndGet();
        counters.queued.incrementAndGet();
        items.offer(notification);
        schedule();
        return true;
    }

    /**
     * Waits for the drain to free a slot, up to the stall bound: binding ahead slows the reading thread only to its
     * own binding pace, so without this wait a drain that is not running (its task queued behind others on the
     * executor, its thread descheduled on a busy machine) lets the reader fill the queue and drop. Not on the
     * drain's own thread (a handler offering to its own queue, a direct executor): nothing would free the slot.
     *
     * @return whether a slot is free
     */
    private boolean awaitSlot() {
        if (stalled || stallNanos <= 0 || drainer == Thread.currentThread()) {
            return false;
        }
        slotLock.lock();
        waiting.incrementAndGet(); // before the size check: the drain frees a slot, then reads this (see afterTake)
        try {
            long left = stallNanos;
            while (queuedNotifications.get() >= capacity) {
                if (left <= 0) {
                    stalled = true;
                    LOG.debug("{}: the drain freed no slot in {} ms; dropping until it moves", name,
                            stallNanos / 1_000_000);
                    return false;
                }
                left = slotFreed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
            slotLock.unlock();
        }
    }

    /** The drain took a notification out: a slot is free, and the queue is moving again. */
    private void afterTake() {
        if (stalled) {
            stalled = false;
        }
        if (waiting.get() > 0) {
            slotLock.lock();
            try {
                slotFreed.signalAll();
            } finally {
                slotLock.unlock();
            }
        }
    }

    /** Queues a lifecycle event; never dropped. */
    public void offer(LifecycleEvent event) {
        items.offer(event);
        schedule();
    }

    /** Notifications waiting for handlers now. */
    public int size() {
        return queuedNotifications.get();
    }

    private boolean dropOldest() {
        for (Iterator<Object> it = items.iterator(); it.hasNext(); ) {
            if (it.next() instanceof QueuedNotification old && items.remove(old)) {
                queuedNotifications.decrementAndGet();
                counters.queued.decrementAndGet();
                dropped(old.messageId());
                return true;
            }
        }
        return false;
    }

    private void dropped(String messageId) {
        long total = counters.dropped.incrementAndGet();
        // Power-of-two totals only: a flood of drops must not become a flood of log lines.
        if (Long.bitCount(total) == 1) {
            LOG.warn("{}: dispatch queue full ({} notifications), dropped message {} by {} ({} dropped so far)",
                    name, capacity, messageId, policy, total);
        }
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                LOG.warn("{}: dispatch executor refused work (shut down?); {} items wait", name, items.size());
            }
        }
    }

    private void drain() {
        if (drainer == Thread.currentThread()) {
            ranInline = true; // a direct executor ran the hand-off below on this very thread: the loop goes on
            return;
        }
        drainer = Thread.currentThread();
        try {
            drainLoop();
        } finally {
            if (drainer == Thread.currentThread()) {
                drainer = null;
            }
        }
    }

    /** The notifications of {@code item}; none if its binder broke its promise and threw (the loop goes on). */
    private List<? extends Notification<?>> bind(QueuedNotification item) {
        try {
            List<? extends Notification<?>> bound = item.binder().get();
            return bound == null ? List.of() : bound;
        } catch (RuntimeException e) {
            counters.unbindable.incrementAndGet();
            LOG.warn("{}: could not bind the event of message {}; nothing delivered for it", name, item.messageId(),
                    e);
            return List.of();
        }
    }

    private void drainLoop() {
        while (true) {
            for (int i = 0; i < BATCH; i++) {
                Object item = items.poll();
                if (item == null) {
                    break;
                }
                if (item instanceof QueuedNotification queued) {
                    queuedNotifications.decrementAndGet();
                    counters.queued.decrementAndGet();
                    afterTake();
                    for (Notification<?> bound : bind(queued)) {
                        counters.delivered.incrementAndGet();
                        handlers.deliver(bound, errors);
                    }
                } else {
                    handlers.deliver((LifecycleEvent) item, errors);
                }
            }
            if (!items.isEmpty()) {
                // Give other connections' queues a turn on a small executor, then continue. A direct executor runs
                // the hand-off at once; without the inline check that would recurse once per batch.
                ranInline = false;
                try {
                    executor.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    continue;
                }
                if (ranInline) {
                    continue;
                }
                return;
            }
            draining.set(false);
            if (items.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }
}
