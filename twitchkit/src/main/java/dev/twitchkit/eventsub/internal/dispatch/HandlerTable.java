package dev.twitchkit.eventsub.internal.dispatch;

import dev.twitchkit.eventsub.EventHandler;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who handles what: handlers by event class, by subscription type string, and by lifecycle event class. Lookups are
 * one map access per key; registration and removal are safe at any time, also from inside a handler.
 */
public final class HandlerTable {
    private final Map<Class<?>, List<EventHandler<?>>> byClass = new ConcurrentHashMap<>();
    private final Map<String, List<EventHandler<EventSubEvent>>> byType = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Consumer<?>>> lifecycle = new ConcurrentHashMap<>();

    /**
     * Handlers of {@code type}'s notifications. {@code EventSubEvent.class} receives every notification.
     */
    public <E extends EventSubEvent> Registration on(Class<E> type, EventHandler<E> handler) {
        return add(byClass, type, handler);
    }

    /** Handlers of every notification of a subscription type string, typed or raw. */
    public Registration onType(String type, EventHandler<EventSubEvent> handler) {
        return add(byType, type, handler);
    }

    /** Handlers of a lifecycle event class; {@code LifecycleEvent.class} receives all of them. */
    public <L extends LifecycleEvent> Registration onLifecycle(Class<L> type, Consumer<? super L> handler) {
        return add(lifecycle, type, handler);
    }

    /** Whether anything handles {@code type}'s notifications. */
    public boolean handles(Class<?> type, String subscriptionType) {
        return !byClass.getOrDefault(type, List.of()).isEmpty()
                || !byType.getOrDefault(subscriptionType, List.of()).isEmpty();
    }

    /** Calls every matching handler; each failure goes to {@code errors} and the others still run. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void deliver(Notification<?> notification, ErrorSink errors) {
        EventSubEvent event = notification.event();
        for (EventHandler handler : byClass.getOrDefault(event.getClass(), List.of())) {
            call(handler, notification, errors);
        }
        for (EventHandler handler : byClass.getOrDefault(EventSubEvent.class, List.of())) {
            call(handler, notification, errors);
        }
        for (EventHandler handler : byType.getOrDefault(notification.type(), List.of())) {
            call(handler, notification, errors);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void deliver(LifecycleEvent event, ErrorSink errors) {
        for (Consumer handler : lifecycle.getOrDefault(event.getClass(), List.of())) {
            accept(handler, event, errors);
        }
        for (Consumer handler : lifecycle.getOrDefault(LifecycleEvent.class, List.of())) {
            accept(handler, event, errors);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void call(EventHandler handler, Notification<?> notification, ErrorSink errors) {
        try {
            handler.handle(notification);
        } catch (Exception | Error e) {
            if (e instanceof VirtualMachineError) {
                throw (Error) e;
            }
            errors.onError(e, "handler of " + notification.type() + " (message " + notification.messageId() + ")");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void accept(Consumer handler, LifecycleEvent event, ErrorSink errors) {
        try {
            handler.accept(event);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw (Error) e;
            }
            errors.onError(e, "handler of " + event.getClass().getSimpleName());
        }
    }

    private static <K, H> Registration add(Map<K, List<H>> table, K key, H handler) {
        if (key == null || handler == null) {
            throw new NullPointerException("event type and handler must not be null");
        }
        table.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(handler);
        return () -> {
            List<H> list = table.get(key);
            if (list != null) {
                list.remove(handler);
            }
        };
    }
}
