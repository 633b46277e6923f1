package dev.twitchkit.conduit.internal;

import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.eventsub.internal.subscription.SubscriptionPrecheck;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.eventsub.EventSubSubscription;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.helix.HelixApi;
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
 * {@link EventSub} on a conduit: subscriptions with the conduit transport, created with the app token. They live
 * on the conduit, not on a session, so nothing is recreated when a shard's session changes; a returned
 * {@link Subscription} has no session id. The registry checks the condition, that the type may use a conduit, and
 * the scopes the authorizing user granted (when the application holds that user's token) before Twitch is asked.
 */
public final class ConduitEventSub implements EventSub {
    private final String conduitId;
    private final Supplier<HelixApi> app;
    private final boolean ignoreConflict;
    private final Function<String, Set<String>> grantedScopes;
    private final Map<String, Subscription> active = new ConcurrentHashMap<>();

    /**
     * @param app Helix with the app's current token
     * @param ignoreConflict whether a 409 adopts the existing subscription
     */
    public ConduitEventSub(String conduitId, Supplier<HelixApi> app, boolean ignoreConflict) {
        this(conduitId, app, ignoreConflict, user -> Set.of());
    }

    /**
     * @param app Helix with the app's current token
     * @param ignoreConflict whether a 409 adopts the existing subscription
     * @param grantedScopes the scopes a user granted the application (from its token registry); empty when unknown
     */
    public ConduitEventSub(String conduitId, Supplier<HelixApi> app, boolean ignoreConflict,
                           Function<String, Set<String>> grantedScopes) {
        this.conduitId = Checks.notBlank(conduitId, "conduitId");
        this.app = app;
        this.ignoreConflict = ignoreConflict;
        this.grantedScopes = Checks.notNull(grantedScopes, "grantedScopes");
    }

    public String conduitId() {
        return conduitId;
    }

    /** A conduit belongs to the application, not to a user: pass user ids to the typed methods explicitly. */
    @Override
    public String userId() {
        throw new IllegalStateException("a conduit has no logged-in user: pass the user ids explicitly "
                + "(e.g. channelFollow(broadcasterId, moderatorId))");
    }

    @Override
    public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
        Checks.notBlank(type, "type");
        Checks.notBlank(version, "version");
        Checks.notNull(condition, "condition");
        Optional<SubscriptionException> refused = SubscriptionPrecheck.check(type, version, condition,
                TransportMethod.CONDUIT, null, grantedScopes);
        if (refused.isPresent()) {
            return CompletableFuture.failedFuture(refused.get());
        }
        HelixApi api = app.get();
        boolean batched = SubscriptionType.find(type, version).map(SubscriptionType::batched).orElse(false);
        return api.eventSub()
                .createSubscription(type, version, condition, EventSubTransport.conduit(conduitId), batched)
                .thenApply(created -> toSubscription(created.subscription()))
                .exceptionallyCompose(error -> {
                    Throwable cause = Futures.unwrap(error);
                    if (cause instanceof ConflictException && ignoreConflict) {
                        return findExisting(api, type, version, condition).thenApply(found -> found.orElseThrow(
                                () -> new SubscriptionException("Twitch says " + type + " v" + version + " "
                                        + condition + " exists, but not on conduit " + conduitId, cause)));
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
                                && "enabled".equals(s.status()) && s.transport() != null
                                && conduitId.equals(s.transport().conduitId()))
                        .findFirst()
                        .map(ConduitEventSub::toSubscription));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(Subscription subscription) {
        Checks.notNull(subscription, "subscription");
        return app.get().eventSub().deleteSubscription(subscription.id())
                .thenRun(() -> active.remove(subscription.id()));
    }

    /** The subscriptions this client created or adopted on the conduit and that were not revoked. */
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

    private static Subscription toSubscription(EventSubSubscription s) {
        return new Subscription(s.id(), s.type(), s.version(), s.condition(), s.cost(), null);
    }
}
