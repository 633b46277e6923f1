package dev.twitchkit.eventsub.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.JsonNodeFactory;

/** A drainer that waits a while for the next item after its queue ran empty, instead of leaving at once. */
class DispatchLingerTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    /** Drain tasks submitted, and finished. */
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Executor counting = task -> {
        submitted.incrementAndGet();
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                finished.incrementAndGet();
            }
        });
    };
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow(); // interrupts a drainer still lingering
    }

    private static Notification<EventSubEvent> notification(String id) {
        var json = JsonNodeFactory.instance.objectNode();
        SubscriptionMetadata sub = new SubscriptionMetadata("sub", "enabled", "a.b", "1", 0, Map.of(), "s", null);
        return new Notification<>(id, Instant.now(), sub, new RawEvent("a.b", "1", json), json);
    }

    private Dispatcher dispatcher(Executor executor, Duration linger) {
        Dispatcher dispatcher = new Dispatcher(executor, 10_000, OverflowPolicy.DROP_NEWEST, (e, c) -> { }, linger);
        dispatcher.handlers().on(RawEvent.class, n -> seen.add(n.messageId()));
        return dispatcher;
    }

    private void awaitSeen(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == count);
    }

    @Test
    void anItemOfferedWhileTheDrainerLingersNeedsNoNewTask() {
        DispatchQueue queue = dispatcher(counting, LONG).newQueue("q");
        queue.offer(notification("a"));
        awaitSeen(1);
        queue.offer(notification("b"));
        awaitSeen(2);
        queue.offer(notification("c"));
        awaitSeen(3);

        assertThat(seen).containsExactly("a", "b", "c");
        assertThat(submitted).hasValue(1);
        assertThat(finished).hasValue(0); // still waiting for more
    }

    @Test
    void aQueueThatStaysEmptyGivesItsThreadBackWithinTheLinger() {
        DispatchQueue queue = dispatcher(counting, Duration.ofMillis(50)).newQueue("q");
        long start = System.nanoTime();
        queue.offer(notification("a"));
        await().atMost(Duration.ofSeconds(5)).until(() -> finished.get() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));

        queue.offer(notification("b"));
        awaitSeen(2);
        assertThat(submitted).hasValue(2); // the drainer had left: a new task
    }

    @Test
    void withoutLingerEveryItemAfterAnEmptyQueueIsANewTask() {
        DispatchQueue queue = dispatcher(counting, Duration.ZERO).newQueue("q");
        for (int i = 0; i < 3; i++) {
            queue.offer(notification("m" + i));
            awaitSeen(i + 1);
            int tasks = i + 1;
            await().atMost(Duration.ofSeconds(5)).until(() -> finished.get() == tasks);
        }
        assertThat(submitted).hasValue(3);
    }

    @Test
    void onlyOneQueueOfADispatcherLingersAtATime() {
        Dispatcher dispatcher = dispatcher(counting, LONG);
        DispatchQueue first = dispatcher.newQueue("first");
        DispatchQueue second = dispatcher.newQueue("second");
        first.offer(notification("f1"));
        awaitSeen(1); // the first queue's drainer now lingers, holding one of the two threads
        second.offer(notification("s1"));
        awaitSeen(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> finished.get() == 1); // the second one did not linger
        second.offer(notification("s2"));
        awaitSeen(3);
        first.offer(notification("f2"));
        awaitSeen(4);

        assertThat(seen).containsExactly("f1", "s1", "s2", "f2");
        assertThat(submitted).hasValue(3); // f1, s1, s2; f2 went to the lingering drainer
    }

    @Test
    void orderHoldsAcrossLingersAndHandOffs() {
        DispatchQueue queue = dispatcher(counting, Duration.ofMillis(1)).newQueue("q");
        int count = 3_000;
        for (int i = 0; i < count; i++) {
            queue.offer(notification("m" + i));
            if (i % 7 == 0) {
                LockSupport.parkNanos((i % 5) * 300_000L); // gaps below and above the linger
            }
        }
        awaitSeen(count);
        for (int i = 0; i < count; i++) {
            assertThat(seen.get(i)).isEqualTo("m" + i);
        }
    }

    @Test
    @Timeout(20) // lingering on the offering thread would take 30 s per item
    void aDirectExecutorNeverLingersOnTheOfferingThread() {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        Dispatcher dispatcher = dispatcher(Runnable::run, LONG);
        dispatcher.handlers().on(RawEvent.class, n -> threads.add(Thread.currentThread()));
        DispatchQueue queue = dispatcher.newQueue("q");
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            queue.offer(notification("m" + i));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(seen).hasSize(1_000);
        assertThat(threads).containsOnly(Thread.currentThread());
    }
}
