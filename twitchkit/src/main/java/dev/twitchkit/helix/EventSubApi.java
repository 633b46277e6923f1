package dev.twitchkit.helix;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.http.Query;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** EventSub subscriptions: create, list and delete. */
public final class EventSubApi {
    static final Endpoint<DataResponse<EventSubSubscription>> CREATE =
            Endpoint.data("POST", "/eventsub/subscriptions", EventSubSubscription.class);
    static final Endpoint<DataResponse<EventSubSubscription>> LIST =
            Endpoint.data("GET", "/eventsub/subscriptions", EventSubSubscription.class);
    static final Endpoint<Void> DELETE = Endpoint.noContent("DELETE", "/eventsub/subscriptions");

    private final Helix helix;
    private final String key;

    EventSubApi(Helix helix, String key) {
        this.helix = helix;
        this.key = key;
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
        return helix.call(key, CREATE, Query.create(), body).thenApply(r -> {
            if (r == null || r.data().isEmpty()) {
                throw new HelixException(202, CREATE.route(), "Twitch answered without the created subscription");
            }
            return new CreatedSubscription(r.data().get(0), nz(r.total()), nz(r.totalCost()), nz(r.maxTotalCost()));
        });
    }

    /**
     * Lists subscriptions matching {@code filter}. Each page also reports the totals
     * ({@link Paginator#lastPage()}). Twitch ignores {@code first} here, so pages are as Twitch sizes them.
     */
    public Paginator<EventSubSubscription> listSubscriptions(SubscriptionFilter filter) {
        Checks.notNull(filter, "filter");
        return new Paginator<>((cursor, size) -> helix.call(key, LIST, filter.toQuery().add("after", cursor), null)
                .thenApply(Page::of), 100, Integer.MAX_VALUE);
    }

    /** Every subscription. */
    public Paginator<EventSubSubscription> listSubscriptions() {
        return listSubscriptions(SubscriptionFilter.all());
    }

    /** Deletes a subscription; {@link NotFoundException} when it does not exist. */
    public CompletableFuture<Void> deleteSubscription(String id) {
        Checks.notBlank(id, "id");
        return helix.call(key, DELETE, Query.create().add("id", id), null);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
