package dev.twitchkit.helix;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.http.Query;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Conduits and their shards. Twitch requires the app access token for all of these. */
public final class ConduitsApi {
    /** Twitch's bounds on a conduit's shard count. */
    public static final int MAX_SHARDS = 20_000;

    static final Endpoint<DataResponse<Conduit>> LIST = Endpoint.data("GET", "/eventsub/conduits", Conduit.class);
    static final Endpoint<DataResponse<Conduit>> CREATE = Endpoint.data("POST", "/eventsub/conduits", Conduit.class);
    static final Endpoint<DataResponse<Conduit>> UPDATE = Endpoint.data("PATCH", "/eventsub/conduits", Conduit.class);
    static final Endpoint<Void> DELETE = Endpoint.noContent("DELETE", "/eventsub/conduits");
    static final Endpoint<DataResponse<ConduitShard>> SHARDS =
            Endpoint.data("GET", "/eventsub/conduits/shards", ConduitShard.class);
    static final Endpoint<ShardUpdateResult> UPDATE_SHARDS =
            Endpoint.of("PATCH", "/eventsub/conduits/shards", ShardUpdateResult.class);

    private final Helix helix;
    private final String key;

    ConduitsApi(Helix helix, String key) {
        this.helix = helix;
        this.key = key;
    }

    /** The application's conduits. */
    public CompletableFuture<List<Conduit>> getConduits() {
        return helix.call(key, LIST, Query.create(), null).thenApply(DataResponse::data);
    }

    /** Creates a conduit with {@code shardCount} shards (1 to 20 000). */
    public CompletableFuture<Conduit> createConduit(int shardCount) {
        Checks.inRange(shardCount, 1, MAX_SHARDS, "shardCount");
        return helix.call(key, CREATE, Query.create(), Bodies.of("shard_count", shardCount))
                .thenApply(r -> first(r, CREATE));
    }

    /** Changes a conduit's shard count; shrinking drops the highest shards. */
    public CompletableFuture<Conduit> updateConduit(String conduitId, int shardCount) {
        Checks.notBlank(conduitId, "conduitId");
        Checks.inRange(shardCount, 1, MAX_SHARDS, "shardCount");
        return helix.call(key, UPDATE, Query.create(), Bodies.of("id", conduitId, "shard_count", shardCount))
                .thenApply(r -> first(r, UPDATE));
    }

    /** Deletes a conduit and its subscriptions. */
    public CompletableFuture<Void> deleteConduit(String conduitId) {
        Checks.notBlank(conduitId, "conduitId");
        return helix.call(key, DELETE, Query.create().add("id", conduitId), null);
    }

    /** A conduit's shards, optionally only those with {@code status} (null for all). */
    public Paginator<ConduitShard> getShards(String conduitId, String status) {
        Checks.notBlank(conduitId, "conduitId");
        return new Paginator<>((cursor, size) -> helix.call(key, SHARDS, Query.create()
                .add("conduit_id", conduitId).add("status", status).add("after", cursor), null)
                .thenApply(Page::of), 100, Integer.MAX_VALUE);
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
        return helix.call(key, UPDATE_SHARDS, Query.create(), Bodies.of("conduit_id", conduitId, "shards", body))
                .thenApply(r -> r == null ? new ShardUpdateResult(List.of(), List.of()) : r);
    }

    private static <E> E first(DataResponse<E> response, Endpoint<?> endpoint) {
        if (response == null || response.data().isEmpty()) {
            throw new HelixException(200, endpoint.route(), "Twitch answered without the conduit");
        }
        return response.data().get(0);
    }
}
