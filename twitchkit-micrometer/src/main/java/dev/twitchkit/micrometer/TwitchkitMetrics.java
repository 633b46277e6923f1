package dev.twitchkit.micrometer;

import dev.twitchkit.App;
import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.EventSubClient;
import dev.twitchkit.WebhookClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.List;

/**
 * Binds a twitchkit client to a Micrometer {@link MeterRegistry}: every meter the client can feed, through the
 * library's public API (stats, lifecycle events, token and Helix listeners). Closing the returned binding removes
 * its meters and takes its listeners back.
 *
 * <pre>{@code
 * TwitchkitMetrics metrics = TwitchkitMetrics.bind(bot, registry);   // bot: any App or client
 * }</pre>
 *
 * <p>What is bound depends on the client: every {@link App} gets Helix calls and tokens; every
 * {@link EventSubClient} dispatch, lifecycle and {@code stats()} counters; a {@link ClientUser} or
 * {@link WebhookClient} notifications received and dropped as duplicates or stale; a {@link ClientUser} its
 * sockets and subscriptions; a {@link ClientApp} its shards. Several
 * clients in one registry need a tag apiece ({@link #bind(App, MeterRegistry, Iterable)}), or their meters merge.
 * Meter names are listed in the module's README section.
 */
public final class TwitchkitMetrics implements AutoCloseable {
    static final String SUBSCRIPTIONS = "twitchkit.eventsub.subscriptions.active";

    private final MeterBinding binding;

    private TwitchkitMetrics(MeterBinding binding) {
        this.binding = binding;
    }

    /** Binds {@code client}'s meters to {@code registry}, with no tag of its own. */
    public static TwitchkitMetrics bind(App client, MeterRegistry registry) {
        return bind(client, registry, Tags.empty());
    }

    /**
     * Binds {@code client}'s meters to {@code registry}, each carrying {@code tags} (e.g. {@code client=bot-1}
     * when several clients share the registry).
     */
    public static TwitchkitMetrics bind(App client, MeterRegistry registry, Iterable<Tag> tags) {
        if (client == null || registry == null || tags == null) {
            throw new NullPointerException("client, registry and tags must not be null");
        }
        MeterBinding binding = new MeterBinding(registry, Tags.of(tags));
        try {
            bindAll(client, binding);
        } catch (RuntimeException e) {
            binding.close();
            throw e;
        }
        return new TwitchkitMetrics(binding);
    }

    private static void bindAll(App client, MeterBinding binding) {
        HelixMeters.bind(client, binding);
        TokenMeters.bind(client, binding);
        if (client instanceof EventSubClient eventSub) {
            DispatchMeters.bind(eventSub, binding);
            HealthMeters.bind(eventSub, binding);
            LifecycleMeters.bind(eventSub, binding);
            StatsMeters.bindDispatch(eventSub, binding);
        }
        if (client instanceof ClientUser user) {
            StatsMeters.bindReceived(user, binding);
            StatsMeters.bindSessions(user, binding);
            SessionMeters.bind(user, ClientUser::sessionStates, binding);
            binding.track(Gauge.builder(SUBSCRIPTIONS, user, TwitchkitMetrics::activeSubscriptions)
                    .description("Subscriptions the client holds on its sockets now")
                    .tags(binding.tags()).register(binding.registry()));
        } else if (client instanceof WebhookClient webhook) {
            StatsMeters.bindReceived(webhook, binding);
        } else if (client instanceof ClientApp app) {
            StatsMeters.bindReceived(app, binding);
            StatsMeters.bindSessions(app, binding);
            ShardMeters.bind(app, binding);
        }
    }

    /** The user's subscriptions; none before login. */
    private static int activeSubscriptions(ClientUser user) {
        return user.userId() == null ? 0 : user.eventsub().subscriptions().size();
    }

    /** The meters this binding registered so far (more appear as new endpoints, types and tokens are seen). */
    public List<Meter.Id> meterIds() {
        return binding.meterIds();
    }

    /** Removes the binding's meters from the registry and its listeners and handlers from the client. */
    @Override
    public void close() {
        binding.close();
    }
}
