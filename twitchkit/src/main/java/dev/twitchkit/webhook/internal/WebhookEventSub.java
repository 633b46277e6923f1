package dev.twitchkit.webhook.internal;

import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.internal.subscription.SubscriptionPrecheck;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.eventsub.EventSubSubscription;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.helix.eventsub.SubscriptionFilter;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.Futures;
import dev.twitchkit.webhook.WebhookSecret;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
public final class WebhookEventSub implements EventSub {
    private final URI callback;
    private final Supplier<HelixApi> app;
    private final Supplier<WebhookSecret> secret;
    private final boolean ignoreConflict;
    private final Function<String, Set<String>> grantedScopes;
    private final Map<String, Subscription> active = new ConcurrentHashMap<>();
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
        this.callback = Checks.notNull(callback, "callback");
        this.app = app;
        this.secret = secret;
        this.ignoreConflict = ignoreConflict;
        this.grantedScopes = grantedScopes;
    }

    /** Webhook subscriptions belong to the application: pass the user ids to the typed methods explicitly. */
    @Override
    public String userId() {
        throw new IllegalStateException("webhook subscriptions have no logged-in user: pass the user ids explicitly "
                + "(e.g. channelFollow(broadcasterId, moderatorId))");
    }

    @Override
    public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
        Checks.notBlank(type, "type");
        Checks.notBlank(version, "version");
        Checks.notNull(condition, "condition");
        Optional<SubscriptionException> refused = SubscriptionPrecheck.check(type, version, condition,
                TransportMethod.WEBHOOK, null, grantedScopes);
        if (refused.isPresent()) {
            return CompletableFuture.failedFuture(refused.get());
        }
        HelixApi api = app.get();
        boolean batched = SubscriptionType.find(type, version).map(SubscriptionType::batched).orElse(false);
        String key = key(type, version, condition);
        creating.merge(key, 1, Integer::sum);
        EventSubTransport transport = EventSubTransport.webhook(callback.toString(), secret.get().value());
        return api.eventSub().createSubscription(type, version, condition, transport, batched)
                .thenApply(created -> toSubscription(created.subscription()))
                .exceptionallyCompose(error -> {
                    Throwable cause = Futures.unwrap(error);
                    if (cause instanceof ConflictException && ignoreConflict) {
                        return findExisting(api, type, version, condition).thenApply(found -> found.orElseThrow(
                                () -> new SubscriptionException("Twitch says " + type + " v" + version + " "
                                        + condition + " exists, but not at " + callback, cause)));
                    }
                    return CompletableFuture.failedFuture(new SubscriptionException("Twitch refused " + type
                            + " v" + version + " " + condition + ": " + cause.getMessage(), cause));
                })
                .whenComplete((s, e) -> {
                    if (s != null) {
                        active.put(s.id(), s);
                    }
                    creating.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
                });
    }

    /** Whether this client created (or is creating) {@code subscription}: its challenge may be answered. */
    public boolean expects(SubscriptionMetadata subscription) {
        return active.containsKey(subscription.id())
                || creating.containsKey(key(subscription.type(), subscription.version(), subscription.condition()));
    }

    private CompletableFuture<Optional<Subscription>> findExisting(HelixApi api, String type, String version,
                                                                   Map<String, String> condition) {
        return api.eventSub().listSubscriptions(SubscriptionFilter.type(type)).all()
                .thenApply(list -> list.stream()
                        .filter(s -> s.version().equals(version) && s.condition().equals(condition)
                                && s.transport() != null && callback.toString().equals(s.transport().callback()))
                        .findFirst()
                        .map(WebhookEventSub::toSubscription));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(Subscription subscription) {
        Checks.notNull(subscription, "subscription");
        return app.get().eventSub().deleteSubscription(subscription.id())
                .thenRun(() -> active.remove(subscription.id()));
    }

    /** The subscriptions created or adopted at this callback and not revoked. */
    @Override
    public List<Subscription> subscriptions() {
        return new ArrayList<>(active.values());
    }

    @Override
    public int totalCost() {
        return active.values().stream().mapToInt(Subscription::cost).sum();
    }

    /** Twitch revoked a subscription: forget it. */
    public void revoked(String subscriptionId) {
        active.remove(subscriptionId);
    }

    private static String key(String type, String version, Map<String, String> condition) {
        return type + "\n" + version + "\n" + new TreeMap<>(condition);
    }

    private static Subscription toSubscription(EventSubSubscription s) {
        return new Subscription(s.id(), s.type(), s.version(), s.condition(), s.cost(), null);
    }
}
