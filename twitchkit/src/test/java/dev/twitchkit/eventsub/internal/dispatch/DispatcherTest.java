package dev.twitchkit.eventsub.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionConnectedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class DispatcherTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static Notification<EventSubEvent> notification(String id, String type) {
        var json = JsonNodeFactory.instance.objectNode();
        SubscriptionMetadata sub = new SubscriptionMetadata("sub", "enabled", type, "1", 0, Map.of(), "s", null);
        return new Notification<>(id, Instant.now(), sub, new RawEvent(type, "1", json), json);
    }

    @Test
    void handlersRunOffTheCallingThreadInArrivalOrder() {
        Dispatcher dispatcher = new Dispatcher(executor, 10_000, OverflowPolicy.DROP_NEWEST, (e, c) -> errors.add(e));
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        dispatcher.handlers().on(RawEvent.class, n -> {
            seen.add(n.messageId());
            threads.add(Thread.currentThread());
        });
        DispatchQueue queue = dispatcher.newQueue("test");
        for (int i = 0; i < 5000; i++) {
            queue.offer(notification("m" + i, "a.b"));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 5000);
        for (int i = 0; i < 5000; i++) {
            assertThat(seen.get(i)).isEqualTo("m" + i);
        }
        assertThat(threads).doesNotContain(Thread.currentThread());
        assertThat(dispatcher.counters().delivered()).isEqualTo(5000);
    }

    @Test
    void throwingHandlerReachesTheErrorSinkAndOthersStillRun() {
        Dispatcher dispatcher = new Dispatcher(executor, 100, OverflowPolicy.DROP_NEWEST, (e, c) -> errors.add(e));
        List<String> seen = new CopyOnWriteArrayList<>();
        dispatcher.handlers().on(RawEvent.class, n -> {
            throw new IllegalStateException("boom " + n.messageId());
        });
        dispatcher.handlers().onType("a.b", n -> seen.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("test");
        queue.offer(notification("m1", "a.b"));
        queue.offer(notification("m2", "a.b"));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
        assertThat(errors).extracting(Throwable::getMessage).containsExactly("boom m1", "boom m2");
        assertThat(dispatcher.counters().handlerErrors()).isEqualTo(2);
    }

    @Test
    void dropNewestKeepsTheQueuedOnesAndCounts() throws Exception {
        Dispatcher dispatcher = new Dispatcher(executor, 3, OverflowPolicy.DROP_NEWEST, (e, c) -> errors.add(e));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        dispatcher.handlers().on(RawEvent.class, n -> {
            if (n.messageId().equals("m0")) {
                blocked.countDown();
                release.await();
            }
            seen.add(n.messageId());
        });
        DispatchQueue queue = dispatcher.newQueue("test");
        queue.offer(notification("m0", "a.b"));
        assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 6; i++) {
            queue.offer(notification("m" + i, "a.b"));
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 4);
        assertThat(seen).containsExactly("m0", "m1", "m2", "m3");
        assertThat(dispatcher.counters().dropped()).isEqualTo(3);
    }

    @Test
    void dropOldestKeepsTheNewestButNeverLifecycleEvents() throws Exception {
        Dispatcher dispatcher = new Dispatcher(executor, 3, OverflowPolicy.DROP_OLDEST, (e, c) -> errors.add(e));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        dispatcher.handlers().on(RawEvent.class, n -> {
            if (n.messageId().equals("m0")) {
                blocked.countDown();
                release.await();
            }
            seen.add(n.messageId());
        });
        dispatcher.handlers().onLifecycle(LifecycleEvent.class, e -> seen.add(e.toString()));
        DispatchQueue queue = dispatcher.newQueue("test");
        queue.offer(notification("m0", "a.b"));
        assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
        queue.offer(new SessionConnectedEvent("s"));
        for (int i = 1; i <= 6; i++) {
            queue.offer(notification("m" + i, "a.b"));
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 5);
        assertThat(seen).containsExactly("m0", "SessionConnectedEvent[sessionId=s]", "m4", "m5", "m6");
        assertThat(dispatcher.counters().dropped()).isEqualTo(3);
    }

    @Test
    void aDirectExecutorDrainsABigBacklogWithoutRecursingPerBatch() throws Exception {
        Dispatcher dispatcher = new Dispatcher(Runnable::run, 1_000_000, OverflowPolicy.DROP_NEWEST,
                (e, c) -> errors.add(e));
        DispatchQueue queue = dispatcher.newQueue("direct");
        Notification<EventSubEvent> one = notification("m", "a.b");
        java.util.concurrent.atomic.AtomicInteger delivered = new java.util.concurrent.atomic.AtomicInteger();
        dispatcher.handlers().on(RawEvent.class, n -> {
            if (delivered.incrementAndGet() < 200_000) {
                queue.offer(one); // the backlog grows by one per delivery: always more than a batch waiting
                queue.offer(one);
            }
        });
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread small = new Thread(null, () -> {
            try {
                queue.offer(one);
            } catch (Throwable t) {
                thrown.add(t);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join(20_000);
        assertThat(thrown).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(delivered.get()).isGreaterThanOrEqualTo(200_000);
        assertThat(queue.size()).isZero();
    }

    @Test
    void closedRegistrationNoLongerReceives() {
        Dispatcher dispatcher = new Dispatcher(executor, 100, OverflowPolicy.DROP_NEWEST, (e, c) -> errors.add(e));
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        Registration registration = dispatcher.handlers().on(RawEvent.class, n -> first.add(n.messageId()));
        dispatcher.handlers().on(RawEvent.class, n -> second.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("test");
        queue.offer(notification("m1", "a.b"));
        await().atMost(Duration.ofSeconds(5)).until(() -> second.size() == 1);
        registration.close();
        registration.close();
        queue.offer(notification("m2", "a.b"));
        await().atMost(Duration.ofSeconds(5)).until(() -> second.size() == 2);
        assertThat(first).containsExactly("m1");
    }
}
