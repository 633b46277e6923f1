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
        Dispatcher dispatcher = new Dispatcher(manual, 10, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
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
        AtomicInteger binds = new AtomicInteger();
        for (String id : List.of("1", "2", "3")) {
            queue.offer(id, () -> {
                binds.incrementAndGet();
                return List.of(notification(id));
            });
        }
        assertThat(dispatcher.counters().dropped()).isEqualTo(1);
        tasks.remove(0).run();
        assertThat(handled).containsExactly("2", "3");
        assertThat(binds).hasValue(2);
    }
}
