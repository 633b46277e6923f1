package dev.twitchkit.conduit;

import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.helix.conduits.ConduitShard;
import dev.twitchkit.helix.conduits.ConduitsApi;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.conduits.ShardUpdate;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.webhook.WebhookSecret;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The application's conduits: create, adopt one that exists, resize, remove one shard, delete, and list shards
 * with their status. Every call uses the app access token current at that moment.
 */
public final class ConduitManager {
    private final Supplier<HelixApi> app;

    /** @param app Helix with the app token, asked on every call */
    public ConduitManager(Supplier<HelixApi> app) {
        this.app = Checks.notNull(app, "app");
    }

    private ConduitsApi api() {
        return app.get().conduits();
    }

    /** Creates a conduit with {@code shardCount} shards (1 to 20,000). */
    public CompletableFuture<Conduit> create(int shardCount) {
        return api().createConduit(shardCount);
    }

    /** The application's conduits. */
    public CompletableFuture<List<Conduit>> list() {
        return api().getConduits();
    }

    /** An existing conduit of the application; fails with {@link IllegalArgumentException} if there is none. */
    public CompletableFuture<Conduit> adopt(String conduitId) {
        Checks.notBlank(conduitId, "conduitId");
        return list().thenApply(all -> all.stream().filter(c -> c.id().equals(conduitId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the application has no conduit " + conduitId)));
    }

    /**
     * The application's first conduit, grown to at least {@code shardCount} shards, or a new one with
     * {@code shardCount} shards when it has none.
     */
    public CompletableFuture<Conduit> adoptOrCreate(int shardCount) {
        Checks.inRange(shardCount, 1, ConduitsApi.MAX_SHARDS, "shardCount");
        return list().thenCompose(all -> {
            Optional<Conduit> existing = all.stream().findFirst();
            if (existing.isEmpty()) {
                return create(shardCount);
            }
            Conduit c = existing.get();
            return c.shardCount() >= shardCount ? CompletableFuture.completedFuture(c) : resize(c.id(), shardCount);
        });
    }

    /**
     * Sets the shard count. Growing adds disabled shards (give each a session); shrinking drops the highest
     * ids, whose notifications Twitch then routes to the others.
     */
    public CompletableFuture<Conduit> resize(String conduitId, int shardCount) {
        return api().updateConduit(conduitId, shardCount);
    }

    /**
     * Removes one shard without losing its notifications: the last shard's session is moved into
     * {@code shardId} first (both deliver to it for a moment), then the conduit shrinks by one. When the last
     * shard has no session, {@code shardId} keeps its own.
     *
     * @param afterMove runs with the former last shard's id after the move and before the shrink (a client
     *                  renumbers its last shard there); may be null
     * @return the conduit after the shrink
     */
    public CompletableFuture<Conduit> removeShard(String conduitId, int shardId, IntConsumer afterMove) {
        Checks.notBlank(conduitId, "conduitId");
        return adopt(conduitId).thenCompose(conduit -> {
            int last = conduit.shardCount() - 1;
            if (shardId < 0 || shardId > last) {
                throw new IllegalArgumentException("conduit " + conduitId + " has no shard " + shardId
                        + " (shards 0 to " + last + ")");
            }
            if (last == 0) {
                throw new IllegalArgumentException("a conduit keeps at least one shard; delete it instead");
            }
            CompletableFuture<Void> moved = shardId == last ? CompletableFuture.completedFuture(null)
                    : moveLastInto(conduitId, shardId, last);
            return moved.thenRun(() -> {
                if (afterMove != null) {
                    afterMove.accept(last);
                }
            }).thenCompose(v -> resize(conduitId, last));
        });
    }

    private CompletableFuture<Void> moveLastInto(String conduitId, int shardId, int last) {
        return shards(conduitId).thenCompose(all -> {
            Optional<String> session = all.stream()
                    .filter(s -> s.id().equals(Integer.toString(last)) && "enabled".equals(s.status())
                            && s.transport() != null && s.transport().sessionId() != null)
                    .map(s -> s.transport().sessionId())
                    .findFirst();
            if (session.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            return api().updateShards(conduitId, List.of(ShardUpdate.webSocket(Integer.toString(shardId),
                    session.get()))).thenAccept(result -> {
                        if (!result.isComplete()) {
                            var e = result.errors().get(0);
                            throw new ShardException(shardId, e.code(), e.message());
                        }
                    });
        });
    }

    /**
     * Points a shard at a webhook callback: Twitch then POSTs that shard's share of the conduit's notifications
     * there, signed with {@code secret} (a {@link dev.twitchkit.WebhookClient}'s {@code secret()} to receive them
     * with it). Fails with a {@link ShardException} carrying Twitch's per-shard error.
     */
    public CompletableFuture<Void> webhookShard(String conduitId, int shardId, URI callback, WebhookSecret secret) {
        Checks.notBlank(conduitId, "conduitId");
        Checks.notNull(callback, "callback");
        Checks.notNull(secret, "secret");
        return api().updateShards(conduitId, List.of(ShardUpdate.webhook(Integer.toString(shardId),
                callback.toString(), secret.value()))).thenAccept(result -> {
                    if (!result.isComplete()) {
                        var e = result.errors().get(0);
                        throw new ShardException(shardId, e.code(), e.message());
                    }
                });
    }

    /** Deletes a conduit and, at Twitch, its subscriptions. */
    public CompletableFuture<Void> delete(String conduitId) {
        return api().deleteConduit(conduitId);
    }

    /** Every shard of a conduit with its status and transport, in id order. */
    public CompletableFuture<List<ConduitShard>> shards(String conduitId) {
        return api().getShards(conduitId).all();
    }

    /** The shards of a conduit in one status ({@code enabled}, {@code websocket_disconnected}, …). */
    public CompletableFuture<List<ConduitShard>> shards(String conduitId, String status) {
        return api().getShards(conduitId, Checks.notBlank(status, "status")).all();
    }
}
