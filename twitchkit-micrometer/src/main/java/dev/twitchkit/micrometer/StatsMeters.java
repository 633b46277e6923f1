package dev.twitchkit.micrometer;

import dev.twitchkit.EventSubClient;
import dev.twitchkit.eventsub.EventSubStats;
import io.micrometer.core.instrument.FunctionCounter;
import java.util.function.ToDoubleFunction;

/**
 * Function counters that read a client's {@link EventSubStats} at each scrape, so they count from the client's
 * start, not from the binding. The meters hold the client weakly (as Micrometer does): a binding does not keep a
 * dropped client alive.
 */
final class StatsMeters {
    static final String RECEIVED = "twitchkit.eventsub.notifications.received";
    static final String DROPPED = "twitchkit.eventsub.notifications.dropped";
    static final String HANDLER_ERRORS = "twitchkit.eventsub.handler.errors";
    static final String MALFORMED = "twitchkit.eventsub.frames.malformed";
    static final String SESSIONS_LOST = "twitchkit.eventsub.sessions.lost";
    static final String KEEPALIVE_TIMEOUTS = "twitchkit.eventsub.keepalive.timeouts";

    private StatsMeters() {
    }

    /** What every client's stats hold: overflow drops, handler errors, malformed frames. */
    static void bindDispatch(EventSubClient client, MeterBinding binding) {
        dropped(binding, "overflow", client, c -> c.stats().overflowDropped());
        counter(binding, HANDLER_ERRORS, "Exceptions thrown by handlers", client, c -> c.stats().handlerErrors());
        counter(binding, MALFORMED, "Frames that were not usable EventSub messages", client,
                c -> c.stats().malformedFrames());
    }

    /**
     * What a client that receives counts ({@code ClientUser}, {@code WebhookClient}, a conduit client over its
     * shards): notifications received, and those dropped as duplicates or stale.
     */
    static void bindReceived(EventSubClient client, MeterBinding binding) {
        counter(binding, RECEIVED, "Notifications that arrived, duplicates and stale ones included", client,
                c -> {
                    EventSubStats s = c.stats();
                    return s.delivered() + s.duplicatesDropped() + s.staleDropped();
                });
        dropped(binding, "duplicate", client, c -> c.stats().duplicatesDropped());
        dropped(binding, "stale", client, c -> c.stats().staleDropped());
    }

    /**
     * What a client's sockets count ({@code ClientUser}, a conduit client's shards): sessions lost and losses found by
     * silence.
     */
    static void bindSessions(EventSubClient client, MeterBinding binding) {
        counter(binding, SESSIONS_LOST, "Sessions lost and replaced by new ones", client,
                c -> c.stats().sessionsLost());
        counter(binding, KEEPALIVE_TIMEOUTS, "Losses found by silence (keepalive watchdog or unanswered ping)",
                client, c -> c.stats().keepaliveTimeouts());
    }

    private static void dropped(MeterBinding binding, String reason, EventSubClient client,
                                ToDoubleFunction<EventSubClient> count) {
        binding.track(FunctionCounter.builder(DROPPED, client, count)
                .description("Notifications dropped before the handlers: duplicate message id, older than 10 "
                        + "minutes, or the dispatch queue's overflow policy")
                .tags(binding.tags()).tag("reason", reason)
                .register(binding.registry()));
    }

    private static void counter(MeterBinding binding, String name, String description, EventSubClient client,
                                ToDoubleFunction<EventSubClient> count) {
        binding.track(FunctionCounter.builder(name, client, count).description(description)
                .tags(binding.tags()).register(binding.registry()));
    }
}
