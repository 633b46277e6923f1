package dev.twitchkit.helix.entitlements;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Drops entitlements: list them and mark them fulfilled (app token: the organization's; user token: the user's). */
public final class EntitlementsApi {
    /** Twitch's limit on entitlement ids per call (listing and update). */
    public static final int MAX_IDS = 100;
    private static final String CATEGORY = "Entitlements";

    static final ListEndpoint<DropEntitlement> GET_DROPS = Endpoint.declare(CATEGORY, "Get Drops Entitlements",
                    "getDropsEntitlements")
            .route("GET", "/entitlements/drops").list(DropEntitlement.class, 1000);
    static final ListEndpoint<EntitlementUpdate> UPDATE_DROPS = Endpoint.declare(CATEGORY,
                    "Update Drops Entitlements", "updateDropsEntitlements")
            .route("PATCH", "/entitlements/drops").data(EntitlementUpdate.class);

    private final HelixApi api;

    /** The entitlement endpoints on {@code api}'s token. */
    public EntitlementsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Entitlements matching {@code filter}, 1,000 a page. */
    public Paginator<DropEntitlement> getDropsEntitlements(DropsFilter filter) {
        Checks.notNull(filter, "filter");
        checkIds(filter.ids());
        if (filter.userId() != null) {
            Checks.notBlank(filter.userId(), "userId");
            if (!api.isAppToken()) {
                throw new IllegalArgumentException("with a user token Twitch lists the user's own entitlements: "
                        + "leave userId null");
            }
        }
        return GET_DROPS.paginate(api, HelixQuery.create().addAll("id", filter.ids()).add("user_id", filter.userId())
                .add("game_id", filter.gameId()).add("fulfillment_status", filter.status()));
    }

    /**
     * Sets the fulfillment status of entitlements; the answer groups the ids by outcome.
     *
     * @param ids 1 to 100 entitlement ids
     */
    public CompletableFuture<List<EntitlementUpdate>> updateDropsEntitlements(Collection<String> ids,
                                                                              FulfillmentStatus status) {
        Checks.notNull(status, "status");
        checkIds(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("ids must name at least one entitlement");
        }
        return UPDATE_DROPS.data(api, null, Bodies.of("entitlement_ids", List.copyOf(ids),
                "fulfillment_status", status));
    }

    private static void checkIds(Collection<String> ids) {
        Checks.notNull(ids, "ids");
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("ids must hold at most " + MAX_IDS + " ids, got " + ids.size());
        }
        ids.forEach(id -> Checks.notBlank(id, "id"));
    }
}
