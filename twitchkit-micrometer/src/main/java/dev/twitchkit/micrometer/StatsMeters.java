package dev.twitchkit.micrometer;

import dev.twitchkit.eventsub.EventSubStats;
import io.micrometer.core.instrument.FunctionCounter;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Function counters that read a client's {@link EventSubStats} at each scrape, so they count from the client's
 * start, not from the binding. For the clients that keep stats ({@code ClientUser}, {@code WebhookClient}).
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

    /**
     * Binds {@code client}'s stats; the client is held weakly by the meters (as Micrometer does), so the binding
     * does not keep a dropped client alive.
     */
    static <C> void bind(C client, Function<C, EventSubStats> stats, MeterBinding binding) {
        counter(binding, RECEIVED, "Notifications that arrived, duplicates and stale ones included", client,
                c -> {
                    EventSubStats s = stats.apply(c);
                    return s.delivered() + s.duplicatesDropped() + s.staleDropped();
                });
        dropped(binding, "duplicate", client, c -> stats.apply(c).duplicatesDropped());
        dropped(binding, "stale", client, c -> stats.apply(c).staleDropped());
        dropped(binding, "overflow", client, c -> stats.apply(c).overflowDropped());
        counter(binding, HANDLER_ERRORS, "Exceptions thrown by handlers", client,
                c -> stats.apply(c).handlerErrors());
        counter(binding, MALFORMED, "Frames that were not usable EventSub messages", client,
                c -> stats.apply(c).malformedFrames());
        counter(binding, SESSIONS_LOST, "Sessions lost and replaced by new ones", client,
                c -> stats.apply(c).sessionsLost());
        counter(binding, KEEPALIVE_TIMEOUTS, "Losses found by silence (keepalive watchdog or unanswered ping)",
                client, c -> stats.apply(c).keepaliveTimeouts());
    }

    private static <C> void dropped(MeterBinding binding, String reason, C client, ToDoubleFunction<C> count) {
        binding.track(FunctionCounter.builder(DROPPED, client, count)
                .description("Notifications dropped before the handlers: duplicate message id, older than 10 "
                        + "minutes, or the dispatch queue's overflow policy")
                .tags(binding.tags()).tag("reason", reason)
                .register(binding.registry()));
    }

    private static <C> void counter(MeterBinding binding, String name, String description, C client,
                                    ToDoubleFunction<C> count) {
        binding.track(FunctionCounter.builder(name, client, count).description(description)
                .tags(binding.tags()).register(binding.registry()));
    }
}
