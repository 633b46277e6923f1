package dev.twitchkit.eventsub.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a throughput run dropped 1 of 200,000 events from a queue of 10,000 although the reading thread binds
 * what it queues once the drain falls behind. Binding slows the reader only to its own binding pace; while the
 * drain's task waits for a pool thread (or its thread for a core) nothing stopped the reader from filling the queue.
 * The executor here holds the drain task until the test runs it: the stall, without timing.
 */
class DispatchBackPressureTest {
    private static final int CAPACITY = 10_000;
    private static final SubscriptionMetadata SUB = new SubscriptionMetadata("sub", "enabled", "a.b", "1", 0,
            Map.of(), "s", null);

    @Test
    void aFullQueueHoldsTheReadingThreadUntilTheDrainRunsInsteadOfDropping() throws Exception {
        BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
        Dispatcher dispatcher = new Dispatcher(held::add, CAPACITY, OverflowPolicy.DROP_OLDEST,
                TimeUnit.MINUTES.toNanos(5), (e, c) -> { });
        List<String> handled = new CopyOnWriteArrayList<>();
        dispatcher.handlers().on(EventSubEvent.class, n -> handled.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("socket-0");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= CAPACITY; i++) {
            ids.add(Integer.toString(i));
        }
        Thread reader = new Thread(() -> ids.forEach(id -> queue.offer(id, () -> List.of(notification(id)))),
                "reading-thread");
        reader.start();

        // The reader offers one event more than the queue holds while the drain's task has not started.
        await().atMost(Duration.ofSeconds(30)).until(() -> !reader.isAlive()
                || reader.getState() == Thread.State.TIMED_WAITING);
        assertThat(dispatcher.counters().dropped()).isZero();
        assertThat(reader.isAlive()).as("the reader waits for the drain instead of dropping").isTrue();
        assertThat(queue.size()).isEqualTo(CAPACITY);

        // The drain's task gets a thread at last; it hands itself on after each batch.
        while (reader.isAlive() || !held.isEmpty()) {
            Runnable task = held.poll(100, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }
        assertThat(dispatcher.counters().dropped()).isZero();
        assertThat(handled).isEqualTo(ids);
    }

    @Test
    void aDrainThatFreesNoSlotWithinTheBoundStillDropsByThePolicy() {
        List<Runnable> held = new ArrayList<>();
        Dispatcher dispatcher = new Dispatcher(held::add, 2, OverflowPolicy.DROP_NEWEST,
                TimeUnit.MILLISECONDS.toNanos(1), (e, c) -> { });
        List<String> handled = new ArrayList<>();
        dispatcher.handlers().on(EventSubEvent.class, n -> handled.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("socket-0");
        for (String id : List.of("a", "b", "c", "d")) {
            queue.offer(id, () -> List.of(notification(id)));
        }
        assertThat(dispatcher.counters().dropped()).isEqualTo(2);
        held.remove(0).run();
        assertThat(handled).containsExactly("a", "b");
    }

    private static Notification<?> notification(String id) {
        return new Notification<>(id, Instant.EPOCH, SUB, new RawEvent("a.b", "1", Json.mapper().readTree("{}")),
                Json.mapper().readTree("{}"));
    }
}
