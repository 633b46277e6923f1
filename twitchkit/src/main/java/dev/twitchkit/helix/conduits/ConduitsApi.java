package dev.twitchkit.helix.conduits;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Page;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Conduits and their shards. Twitch requires the app access token for all of these. */
public final class ConduitsApi {
    /** Twitch's bounds on a conduit's shard count. */
    public static final int MAX_SHARDS = 20_000;
    private static final String CATEGORY = "Conduits";

    static final ListEndpoint<Conduit> LIST = Endpoint.declare(CATEGORY, "Get Conduits", "getConduits")
            .route("GET", "/eventsub/conduits").appToken().data(Conduit.class);
    static final ListEndpoint<Conduit> CREATE = Endpoint.declare(CATEGORY, "Create Conduits", "createConduit")
            .route("POST", "/eventsub/conduits").appToken().data(Conduit.class);
    static final ListEndpoint<Conduit> UPDATE = Endpoint.declare(CATEGORY, "Update Conduits", "updateConduit")
            .route("PATCH", "/eventsub/conduits").appToken().data(Conduit.class);
    static final Endpoint<Void> DELETE = Endpoint.declare(CATEGORY, "Delete Conduit", "deleteConduit")
            .route("DELETE", "/eventsub/conduits").appToken().noContent();
    static final ListEndpoint<ConduitShard> SHARDS = Endpoint.declare(CATEGORY, "Get Conduit Shards", "getShards")
            .route("GET", "/eventsub/conduits/shards").appToken().list(ConduitShard.class, 1000);
    static final Endpoint<ShardUpdateResult> UPDATE_SHARDS =
            Endpoint.declare(CATEGORY, "Update Conduit Shards", "updateShards")
                    .route("PATCH", "/eventsub/conduits/shards").appToken().json(ShardUpdateResult.class);

    private final HelixApi api;

    /** The conduit endpoints on {@code api}'s token (it must be the app token). */
    public ConduitsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The application's conduits. */
    public CompletableFuture<List<Conduit>> getConduits() {
        return LIST.data(api, null, null);
    }

    /** Creates a conduit with {@code shardCount} shards (1 to 20 000). */
    public CompletableFuture<Conduit> createConduit(int shardCount) {
        Checks.inRange(shardCount, 1, MAX_SHARDS, "shardCount");
        return CREATE.single(api, null, Bodies.of("shard_count", shardCount));
    }

    /** Changes a conduit's shard count; shrinking drops the highest shards. */
    public CompletableFuture<Conduit> updateConduit(String conduitId, int shardCount) {
        Checks.notBlank(conduitId, "conduitId");
        Checks.inRange(shardCount, 1, MAX_SHARDS, "shardCount");
        return UPDATE.single(api, null, Bodies.of("id", conduitId, "shard_count", shardCount));
    }

    /** Deletes a conduit and its subscriptions. */
    public CompletableFuture<Void> deleteConduit(String conduitId) {
        Checks.notBlank(conduitId, "conduitId");
        return DELETE.call(api, HelixQuery.create().add("id", conduitId), null);
    }

    /** A conduit's shards, optionally only those with {@code status} (null for all). */
    public Paginator<ConduitShard> getShards(String conduitId, String status) {
        Checks.notBlank(conduitId, "conduitId");
        // Twitch takes no page size here: it sizes the pages itself.
        HelixQuery query = HelixQuery.create().add("conduit_id", conduitId).add("status", status);
        return Paginator.of((cursor, size) -> SHARDS.call(api, query.copy().add("after", cursor), null)
                .thenApply(Page::of), SHARDS.pageSize());
    }

    /** Every shard of a conduit. */
    public Paginator<ConduitShard> getShards(String conduitId) {
        return getShards(conduitId, null);
    }

    /**
     * Points shards at new transports. Shards Twitch could not update come back in
     * {@link ShardUpdateResult#errors()}, not as an exception.
     */
    public CompletableFuture<ShardUpdateResult> updateShards(String conduitId, List<ShardUpdate> shards) {
        Checks.notBlank(conduitId, "conduitId");
        Checks.notNull(shards, "shards");
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("shards must not be empty");
        }
        List<Map<String, Object>> body = shards.stream().map(ShardUpdate::toRequest).toList();
        return UPDATE_SHARDS.call(api, null, Bodies.of("conduit_id", conduitId, "shards", body))
                .thenApply(r -> r == null ? new ShardUpdateResult(List.of(), List.of()) : r);
    }
}
