package dev.twitchkit.helix.subscriptions;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Subscriptions: a broadcaster's subscribers, and whether a user subscribes to a channel. */
public final class SubscriptionsApi {
    /** Twitch's limit on user ids in one Get Broadcaster Subscriptions call. */
    public static final int MAX_USER_IDS = 100;
    private static final String CATEGORY = "Subscriptions";

    static final ListEndpoint<BroadcasterSubscription> GET = Endpoint.declare(CATEGORY,
            "Get Broadcaster Subscriptions", "getBroadcasterSubscriptions").route("GET", "/subscriptions")
            .scopes(Scope.CHANNEL_READ_SUBSCRIPTIONS).list(BroadcasterSubscription.class, 100);
    static final ListEndpoint<UserSubscription> CHECK = Endpoint.declare(CATEGORY, "Check User Subscription",
            "checkUserSubscription").route("GET", "/subscriptions/user").scopes(Scope.USER_READ_SUBSCRIPTIONS)
            .data(UserSubscription.class);

    private final HelixApi api;

    /** The subscription endpoints on {@code api}'s token. */
    public SubscriptionsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Every subscriber of the broadcaster, 100 a page; {@code Page.total()} counts them all.
     *
     * @param broadcasterId the token's user
     */
    public Paginator<BroadcasterSubscription> getBroadcasterSubscriptions(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId));
    }

    /** Every subscriber of the token user's channel. */
    public Paginator<BroadcasterSubscription> getBroadcasterSubscriptions() {
        return getBroadcasterSubscriptions(api.userId());
    }

    /**
     * The subscriptions of these users (at most 100) to the broadcaster; users who do not subscribe are left out.
     */
    public CompletableFuture<List<BroadcasterSubscription>> getBroadcasterSubscriptions(String broadcasterId,
                                                                                        Collection<String> userIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(userIds, "userIds");
        userIds.forEach(id -> Checks.notBlank(id, "userId"));
        if (userIds.isEmpty() || userIds.size() > MAX_USER_IDS) {
            throw new IllegalArgumentException("userIds must hold 1 to " + MAX_USER_IDS + " ids, got "
                    + userIds.size());
        }
        return GET.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId).addAll("user_id", userIds),
                null);
    }

    /**
     * The user's subscription to the broadcaster; empty when they do not subscribe (Twitch's 404).
     *
     * @param broadcasterId the channel
     * @param userId the token's user
     */
    public CompletableFuture<Optional<UserSubscription>> checkUserSubscription(String broadcasterId, String userId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(userId, "userId");
        return CHECK.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId).add("user_id", userId),
                null).thenApply(Optional::of).exceptionally(error -> {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof NotFoundException) {
                        return Optional.empty();
                    }
                    throw error instanceof CompletionException c ? c : new CompletionException(cause);
                });
    }

    /** The token user's subscription to the broadcaster. */
    public CompletableFuture<Optional<UserSubscription>> checkUserSubscription(String broadcasterId) {
        return checkUserSubscription(broadcasterId, api.userId());
    }
}
