package dev.twitchkit.micrometer;

import dev.twitchkit.EventSubClient;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dispatch as handlers see it: notifications dispatched by subscription type, the lag from Twitch's
 * {@code message_timestamp} to the handlers, and the backlog waiting for them. Fed by a handler of every
 * notification, so it counts from the binding on.
 */
final class DispatchMeters {
    static final String DISPATCHED = "twitchkit.eventsub.notifications.dispatched";
    static final String LAG = "twitchkit.eventsub.dispatch.lag";
    static final String BACKLOG = "twitchkit.eventsub.dispatch.backlog";

    private final EventSubClient client;
    private final MeterBinding binding;
    private final Timer lag;
    /** The counters by subscription type: a notification costs a map lookup rather than a registration. */
    private final Map<String, Counter> byType = new ConcurrentHashMap<>();

    private DispatchMeters(EventSubClient client, MeterBinding binding) {
        this.client = client;
        this.binding = binding;
        this.lag = binding.track(Timer.builder(LAG)
                .description("From Twitch's message_timestamp to the handlers: network, queue and binding")
                .tags(binding.tags()).register(binding.registry()));
        binding.track(Gauge.builder(BACKLOG, client, EventSubClient::dispatchBacklog)
                .description("Notifications waiting for handlers, over all the client's queues")
                .tags(binding.tags()).register(binding.registry()));
    }

    /** Counts {@code client}'s notifications until the binding closes. */
    static void bind(EventSubClient client, MeterBinding binding) {
        DispatchMeters meters = new DispatchMeters(client, binding);
        Registration handler = client.on(EventSubEvent.class, meters::dispatched);
        binding.onClose(handler::close);
    }

    private void dispatched(Notification<EventSubEvent> notification) {
        // The lag first: whoever sees the type counted sees its lag recorded.
        Instant sent = notification.messageTimestamp();
        if (sent != null) {
            Duration late = Duration.between(sent, client.clock().instant());
            lag.record(late.isNegative() ? Duration.ZERO : late);
        }
        byType.computeIfAbsent(notification.type(), type -> binding.track(Counter.builder(DISPATCHED)
                .description("Notifications handed to handlers, by subscription type")
                .tags(binding.tags()).tag("type", type)
                .register(binding.registry()))).increment();
    }
}
