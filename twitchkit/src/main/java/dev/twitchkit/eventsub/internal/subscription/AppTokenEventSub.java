package dev.twitchkit.eventsub.internal.subscription;

import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.eventsub.EventSubSubscription;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.helix.eventsub.SubscriptionFilter;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link EventSub} on the app token, for the transports that do not live on a session (a conduit, a webhook): each
 * subscription is created once and stays until deleted or revoked, so nothing is recreated; a returned
 * {@link Subscription} has no session id. The registry checks the condition, that the type may use the transport,
 * and the scopes the authorizing user granted (when the application holds that user's token) before Twitch is asked.
 */
public abstract class AppTokenEventSub implements EventSub {
    private final Supplier<HelixApi> app;
    private final TransportMethod method;
    private final boolean ignoreConflict;
    private final Function<String, Set<String>> grantedScopes;
    private final Map<String, Subscription> active = new ConcurrentHashMap<>();

    /**
     * @param app Helix with the app's current token
     * @param method the transport, for the registry's check
     * @param ignoreConflict whether a 409 adopts the existing subscription with the same transport
     * @param grantedScopes the scopes a user granted the application (from its token registry); empty when unknown
     */
    protected AppTokenEventSub(Supplier<HelixApi> app, TransportMethod method, boolean ignoreConflict,
                               Function<String, Set<String>> grantedScopes) {
        this.app = Checks.notNull(app, "app");
        this.method = method;
        this.ignoreConflict = ignoreConflict;
        this.grantedScopes = Checks.notNull(grantedScopes, "grantedScopes");
    }

    /** The transport a new subscription is created with. */
    protected abstract EventSubTransport transport();

    /** Whether an existing subscription's transport is this one's (a 409 adopts only such a subscription). */
    protected abstract boolean deliversHere(EventSubTransport transport);

    /** Where the subscriptions deliver, for messages: "on conduit …", "at …". */
    protected abstract String where();

    @Override
    public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
        Checks.notBlank(type, "type");
        Checks.notBlank(version, "version");
        Checks.notNull(condition, "condition");
        Optional<SubscriptionException> refused = SubscriptionPrecheck.check(type, version, condition, method, null,
                grantedScopes);
        if (refused.isPresent()) {
            return CompletableFuture.failedFuture(refused.get());
        }
        HelixApi api = app.get();
        boolean batched = SubscriptionType.find(type, version).map(SubscriptionType::batched).orElse(false);
        return api.eventSub().createSubscription(type, version, condition, transport(), batched)
                .thenApply(created -> toSubscription(created.subscription()))
                .exceptionallyCompose(error -> {
                    Throwable cause = Futures.unwrap(error);
                    if (cause instanceof ConflictException && ignoreConflict) {
                        return findExisting(api, type, version, condition).thenApply(found -> found.orElseThrow(
                                () -> new SubscriptionException("Twitch says " + type + " v" + version + " "
                                        + condition + " exists, but not " + where(), cause)));
                    }
                    return CompletableFuture.failedFuture(new SubscriptionException("Twitch refused " + type
                            + " v" + version + " " + condition + ": " + cause.getMessage(), cause));
                })
                .thenApply(s -> {
                    active.put(s.id(), s);
                    return s;
                });
    }

    private CompletableFuture<Optional<Subscription>> findExisting(HelixApi api, String type, String version,
                                                                   Map<String, String> condition) {
        return api.eventSub().listSubscriptions(SubscriptionFilter.type(type)).all()
                .thenApply(list -> list.stream()
                        .filter(s -> s.version().equals(version) && s.condition().equals(condition)
                                && s.transport() != null && deliversHere(s.transport()))
                        .findFirst()
                        .map(AppTokenEventSub::toSubscription));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(Subscription subscription) {
        Checks.notNull(subscription, "subscription");
        return app.get().eventSub().deleteSubscription(subscription.id())
                .thenRun(() -> active.remove(subscription.id()));
    }

    /** The subscriptions this client created or adopted here and that were not revoked. */
    @Override
    public List<Subscription> subscriptions() {
        return new ArrayList<>(active.values());
    }

    @Override
    public int totalCost() {
        return active.values().stream().mapToInt(Subscription::cost).sum();
    }

    /** Whether this client created or adopted subscription {@code id} here, and it was not revoked. */
    protected boolean holds(String id) {
        return active.containsKey(id);
    }

    /** Twitch revoked a subscription: forget it. */
    public void revoked(String subscriptionId) {
        active.remove(subscriptionId);
    }

    private static Subscription toSubscription(EventSubSubscription s) {
        return new Subscription(s.id(), s.type(), s.version(), s.condition(), s.cost(), null);
    }
}
