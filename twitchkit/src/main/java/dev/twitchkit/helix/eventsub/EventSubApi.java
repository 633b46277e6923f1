package dev.twitchkit.helix.eventsub;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixException;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.Page;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.helix.RateLimitedException;
import dev.twitchkit.internal.Checks;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** EventSub subscriptions: create, list and delete. */
public final class EventSubApi {
    private static final String CATEGORY = "EventSub";

    static final ListEndpoint<EventSubSubscription> CREATE =
            Endpoint.declare(CATEGORY, "Create EventSub Subscription", "createSubscription")
                    .route("POST", "/eventsub/subscriptions").data(EventSubSubscription.class);
    static final ListEndpoint<EventSubSubscription> LIST =
            Endpoint.declare(CATEGORY, "Get EventSub Subscriptions", "listSubscriptions")
                    .route("GET", "/eventsub/subscriptions").list(EventSubSubscription.class, 100);
    static final Endpoint<Void> DELETE =
            Endpoint.declare(CATEGORY, "Delete EventSub Subscription", "deleteSubscription")
                    .route("DELETE", "/eventsub/subscriptions").noContent();

    private final HelixApi api;

    /** The EventSub endpoints on {@code api}'s token. */
    public EventSubApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Creates a subscription. WebSocket transports need a user token; conduit and webhook transports the app
     * token. A duplicate answers {@link ConflictException}; too many WebSocket transports or a full cost budget
     * answer {@link RateLimitedException} with Twitch's reason.
     *
     * @param type e.g. {@code channel.follow}
     * @param version e.g. {@code 2}
     * @param condition the condition members, e.g. {@code broadcaster_user_id}
     * @param transport where events go
     */
    public CompletableFuture<CreatedSubscription> createSubscription(String type, String version,
                                                                     Map<String, String> condition,
                                                                     EventSubTransport transport) {
        return createSubscription(type, version, condition, transport, false);
    }

    /**
     * Creates a subscription, as {@link #createSubscription(String, String, Map, EventSubTransport)}, asking for
     * batched delivery when {@code batching} is set: Twitch requires {@code is_batching_enabled} for batched types
     * ({@code drop.entitlement.grant}) and refuses the request without it.
     */
    public CompletableFuture<CreatedSubscription> createSubscription(String type, String version,
                                                                     Map<String, String> condition,
                                                                     EventSubTransport transport, boolean batching) {
        Checks.notBlank(type, "type");
        Checks.notBlank(version, "version");
        Checks.notNull(condition, "condition");
        Checks.notNull(transport, "transport");
        Map<String, Object> body = Bodies.of("type", type, "version", version, "condition", condition,
                "transport", transport.toRequest(), "is_batching_enabled", batching ? Boolean.TRUE : null);
        return CREATE.call(api, null, body).thenApply(r -> {
            if (r == null || r.data().isEmpty()) {
                throw new HelixException(202, CREATE.route(), "Twitch answered without the created subscription");
            }
            return new CreatedSubscription(r.data().get(0), nz(r.total()), nz(r.totalCost()), nz(r.maxTotalCost()));
        });
    }

    /**
     * Lists subscriptions matching {@code filter}. Each page also reports the totals
     * ({@link Paginator#lastPage()}). Twitch takes no page size here, so pages are as Twitch sizes them.
     */
    public Paginator<EventSubSubscription> listSubscriptions(SubscriptionFilter filter) {
        Checks.notNull(filter, "filter");
        return Paginator.of((cursor, size) -> LIST.call(api, filter.toQuery().add("after", cursor), null)
                .thenApply(Page::of), LIST.pageSize());
    }

    /** Every subscription. */
    public Paginator<EventSubSubscription> listSubscriptions() {
        return listSubscriptions(SubscriptionFilter.all());
    }

    /** Deletes a subscription; {@link NotFoundException} when it does not exist. */
    public CompletableFuture<Void> deleteSubscription(String id) {
        Checks.notBlank(id, "id");
        return DELETE.call(api, HelixQuery.create().add("id", id), null);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
