package dev.twitchkit.webhook.internal;

import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.internal.subscription.AppTokenEventSub;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.webhook.WebhookSecret;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link EventSub} with the webhook transport: subscriptions created with the app token, delivered to one callback
 * and signed with the secret current when each was created. It also knows which challenges to answer: those of the
 * subscriptions it created and of the ones it is creating now (Twitch may send the challenge before its answer to
 * the create request arrives).
 */
public final class WebhookEventSub extends AppTokenEventSub {
    private final URI callback;
    private final Supplier<WebhookSecret> secret;
    /** Type, version and condition of the creates in flight, with how many of each. */
    private final Map<String, Integer> creating = new ConcurrentHashMap<>();

    /**
     * @param app Helix with the app's current token
     * @param secret the secret new subscriptions are signed with
     * @param ignoreConflict whether a 409 adopts the existing subscription at this callback
     * @param grantedScopes the scopes a user granted the application; empty when unknown
     */
    public WebhookEventSub(URI callback, Supplier<HelixApi> app, Supplier<WebhookSecret> secret,
                           boolean ignoreConflict, Function<String, Set<String>> grantedScopes) {
        super(app, TransportMethod.WEBHOOK, ignoreConflict, grantedScopes);
        this.callback = Checks.notNull(callback, "callback");
        this.secret = Checks.notNull(secret, "secret");
    }

    @Override
    public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
        String key = key(type, version, condition == null ? Map.of() : condition);
        creating.merge(key, 1, Integer::sum);
        return super.subscribe(type, version, condition)
                .whenComplete((s, e) -> creating.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1));
    }

    /** Whether this client created (or is creating) {@code subscription}: its challenge may be answered. */
    public boolean expects(SubscriptionMetadata subscription) {
        return holds(subscription.id())
                || creating.containsKey(key(subscription.type(), subscription.version(), subscription.condition()));
    }

    @Override
    protected EventSubTransport transport() {
        return EventSubTransport.webhook(callback.toString(), secret.get().value());
    }

    @Override
    protected boolean deliversHere(EventSubTransport transport) {
        return callback.toString().equals(transport.callback());
    }

    @Override
    protected String where() {
        return "at " + callback;
    }

    private static String key(String type, String version, Map<String, String> condition) {
        return type + "\n" + version + "\n" + new TreeMap<>(condition);
    }
}
