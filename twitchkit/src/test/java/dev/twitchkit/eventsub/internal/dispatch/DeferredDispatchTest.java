package dev.twitchkit.eventsub.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Notifications queued unbound: bound by the drain, counted as one against the capacity, dropped by id. */
class DeferredDispatchTest {
    private static final SubscriptionMetadata SUB = new SubscriptionMetadata("sub", "enabled", "a.b", "1", 0,
            Map.of(), "s", null);

    private static Notification<?> notification(String id) {
        return new Notification<>(id, Instant.EPOCH, SUB, new RawEvent("a.b", "1", Json.mapper().readTree("{}")),
                Json.mapper().readTree("{}"));
    }

    @Test
    void bindsInTheDrainAndABinderThatThrowsOrYieldsNothingStopsNothing() {
        List<Runnable> tasks = new ArrayList<>();
        Executor manual = tasks::add;
        Dispatcher dispatcher = new Dispatcher(manual, 100, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
        List<String> handled = new ArrayList<>();
        dispatcher.handlers().on(EventSubEvent.class, n -> handled.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("q");
        AtomicInteger binds = new AtomicInteger();
        queue.offer("a", () -> {
            binds.incrementAndGet();
            return List.of(notification("a"));
        });
        queue.offer("b", () -> {
            throw new IllegalStateException("binder broke");
        });
        queue.offer("c", List::of);
        queue.offer("d", () -> List.of(notification("d1"), notification("d2")));
        queue.offer(notification("e"));
        assertThat(binds).hasValue(0); // nothing bound while offering
        assertThat(queue.size()).isEqualTo(5);
        tasks.remove(0).run();
        assertThat(handled).containsExactly("a", "d1", "d2", "e");
        assertThat(binds).hasValue(1);
        assertThat(dispatcher.counters().delivered()).isEqualTo(4);
        assertThat(dispatcher.counters().unbindable()).isEqualTo(1);
        assertThat(queue.size()).isZero();
    }

    @Test
    void overflowDropsUnboundNotificationsWithoutBindingThem() {
        List<Runnable> tasks = new ArrayList<>();
        Dispatcher dispatcher = new Dispatcher(tasks::add, 2, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
        List<String> handled = new ArrayList<>();
        dispatcher.handlers().on(EventSubEvent.class, n -> handled.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("q");
        List<String> bound = new ArrayList<>();
        for (String id : List.of("1", "2", "3")) {
            queue.offer(id, new Once(() -> {
                bound.add(id);
                return List.of(notification(id));
            }));
        }
        assertThat(dispatcher.counters().dropped()).isEqualTo(1);
        tasks.remove(0).run();
        assertThat(handled).containsExactly("2", "3");
        assertThat(bound).containsExactlyInAnyOrder("2", "3");
    }

    @Test
    void whenTheDrainFallsBehindTheOfferingThreadBindsWhatItQueues() {
        List<Runnable> tasks = new ArrayList<>();
        Dispatcher dispatcher = new Dispatcher(tasks::add, 1_000, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
        List<String> handled = new ArrayList<>();
        dispatcher.handlers().on(EventSubEvent.class, n -> handled.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("q"); // a backlog above 250 (a quarter of the capacity) is behind
        List<String> boundWhileOffering = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = Integer.toString(i);
            ids.add(id);
            queue.offer(id, new Once(() -> {
                boundWhileOffering.add(id);
                return List.of(notification(id));
            }));
        }
        assertThat(boundWhileOffering).hasSize(50).first().isEqualTo("250");
        tasks.remove(0).run();
        while (!tasks.isEmpty()) {
            tasks.remove(0).run(); // the drain hands itself on after each batch
        }
        assertThat(handled).isEqualTo(ids); // arrival order kept
        assertThat(boundWhileOffering).hasSize(300); // each bound once
    }

    /** A binder as the decoder's: binds on the first call, on any thread, and returns that list ever after. */
    private static final class Once implements java.util.function.Supplier<List<Notification<?>>> {
        private final java.util.function.Supplier<List<Notification<?>>> bind;
        private List<Notification<?>> bound;

        Once(java.util.function.Supplier<List<Notification<?>>> bind) {
            this.bind = bind;
        }

        @Override
        public synchronized List<Notification<?>> get() {
            if (bound == null) {
                bound = bind.get();
            }
            return bound;
        }
    }
}
