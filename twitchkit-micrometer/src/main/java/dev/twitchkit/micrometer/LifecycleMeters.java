package dev.twitchkit.micrometer;

import dev.twitchkit.EventSubClient;
import dev.twitchkit.eventsub.CloseCode;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionCreatedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionFailedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.eventsub.Registration;
import io.micrometer.core.instrument.Counter;
import java.util.Locale;

/**
 * Counters fed by the client's lifecycle events: sessions closed by close code and cause, reconnects by kind,
 * subscriptions created, failed and revoked (with Twitch's status), shards connected and disconnected.
 */
final class LifecycleMeters {
    static final String DISCONNECTS = "twitchkit.eventsub.disconnects";
    static final String RECONNECTS = "twitchkit.eventsub.reconnects";
    /** Not {@code ...subscriptions.created}: Prometheus reserves the {@code _created} suffix. */
    static final String SUBSCRIPTION_CHANGES = "twitchkit.eventsub.subscription.changes";
    static final String SHARD_CONNECTS = "twitchkit.conduit.shard.connects";
    static final String SHARD_DISCONNECTS = "twitchkit.conduit.shard.disconnects";

    private final MeterBinding binding;

    private LifecycleMeters(MeterBinding binding) {
        this.binding = binding;
    }

    /** Counts {@code client}'s lifecycle events until the binding closes. */
    static void bind(EventSubClient client, MeterBinding binding) {
        LifecycleMeters meters = new LifecycleMeters(binding);
        Registration handler = client.onLifecycle(LifecycleEvent.class, meters::count);
        binding.onClose(handler::close);
    }

    private void count(LifecycleEvent event) {
        if (event instanceof SessionDisconnectedEvent closed) {
            counter(DISCONNECTS, "Sessions closed or lost, by WebSocket close code and cause",
                    "code", Integer.toString(closed.code()), "cause", cause(closed.code())).increment();
        } else if (event instanceof SessionReconnectedEvent) {
            reconnect("handover");
        } else if (event instanceof SessionRecreatedEvent) {
            reconnect("recreated");
        } else if (event instanceof SubscriptionCreatedEvent) {
            subscriptionChange("created", "enabled");
        } else if (event instanceof SubscriptionFailedEvent) {
            subscriptionChange("failed", "failed");
        } else if (event instanceof SubscriptionRevokedEvent revoked) {
            subscriptionChange("revoked", revoked.status() == null ? "unknown" : revoked.status());
        } else if (event instanceof ShardConnectedEvent) {
            counter(SHARD_CONNECTS, "Conduit shards associated with one of the client's sessions").increment();
        } else if (event instanceof ShardDisconnectedEvent) {
            counter(SHARD_DISCONNECTS, "Conduit shards that stopped delivering to the client").increment();
        }
    }

    private void subscriptionChange(String change, String status) {
        counter(SUBSCRIPTION_CHANGES, "Subscriptions created (or adopted), failed, or revoked by Twitch with its status",
                "change", change, "status", status).increment();
    }

    private void reconnect(String kind) {
        counter(RECONNECTS, "New sessions after the first: handover (session_reconnect) or recreated (after a loss)",
                "kind", kind).increment();
    }

    /**
     * Why a session closed: Twitch's close code by name ({@code network_error}, ...), {@code normal} for 1000,
     * {@code abnormal} for 1006 (no close frame: a broken connection or keepalive silence), {@code other} else.
     */
    static String cause(int code) {
        if (code == 1000) {
            return "normal";
        }
        if (code == 1006) {
            return "abnormal";
        }
        return CloseCode.of(code).map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("other");
    }

    private Counter counter(String name, String description, String... tags) {
        return binding.track(Counter.builder(name).description(description)
                .tags(binding.tags()).tags(tags).register(binding.registry()));
    }
}
