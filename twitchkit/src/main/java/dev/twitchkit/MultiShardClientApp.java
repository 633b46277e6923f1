package dev.twitchkit;

import dev.twitchkit.conduit.Shard;
import dev.twitchkit.conduit.ShardInUseException;
import dev.twitchkit.conduit.internal.ShardConnection;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many shards of one conduit in one JVM. All shards share one HTTP client (one selector thread plus a few
 * callback threads), one timer thread, one decoder and one dispatch executor, so the thread count stays fixed
 * whatever the number of shards; each shard has its own session, backoff and ordered dispatch queue.
 *
 * <pre>{@code
 * try (MultiShardClientApp app = MultiShardClientApp.builder(clientId, clientSecret).build()) {
 *     app.on(ChannelFollowEvent.class, n -> ...);
 *     app.authorize().join();
 *     Conduit conduit = app.conduits().adoptOrCreate(8).join();
 *     app.connect(conduit.id(), List.of(0, 1, 2, 3, 4, 5, 6, 7)).join();
 * }
 * }</pre>
 *
 * <p>Several processes can share a conduit, each given a disjoint set of shard ids: a shard that is enabled on a
 * session of another process is not taken ({@link ShardInUseException}) unless the builder says
 * {@code takeOver(true)}. A shard lost to another process later is given up, not fought for.
 *
 * <p>An idle shard costs about 64 KB of heap, most of it the JDK WebSocket's 16 KB buffers; since the library never
 * sends data frames, {@code -Djdk.httpclient.websocket.writeBufferSize=1024
 * -Djdk.httpclient.websocket.intermediateBufferSize=1024 -Djdk.httpclient.bufsize=4096} (JVM-wide, read before the
 * first WebSocket) bring it to about 21 KB.
 *
 * <p>{@link #rollingReconnect()} moves every shard to a fresh socket one at a time, each new session associated
 * before the old one closes: no shard is ever down, so Twitch never has to drop a notification (it drops one only
 * when its shard and the retry shard are both down).
 */
public class MultiShardClientApp extends ClientApp {
    private static final Logger LOG = LoggerFactory.getLogger(MultiShardClientApp.class);

    /** Builds a client from its builder; subclasses call this from their constructors. */
    protected MultiShardClientApp(Builder builder) {
        super(builder);
    }

    /**
     * Starts a builder; the client secret is needed for the app token (client credentials), so a null one fails
     * here with a {@link dev.twitchkit.auth.ClientSecretRequiredException}.
     */
    public static Builder builder(String clientId, String clientSecret) {
        return new Builder(clientId, clientSecret);
    }

    /**
     * Launches every listed shard at once (not the first free one, unlike {@link ClientApp}) and completes, firing
     * {@link dev.twitchkit.eventsub.lifecycle.ReadyEvent}, when all are associated. Fails with the first failure
     * (a shard another process holds, a refused shard, a timeout); the shards that launched keep running.
     */
    @Override
    public CompletableFuture<Void> connect(String conduitId, List<Integer> shardIds) {
        Checks.notBlank(conduitId, "conduitId");
        List<Integer> ids = checkShardIds(shardIds);
        useConduit(conduitId);
        return launchShards(conduitId, ids).thenCompose(shards -> watch(conduitId)).thenRun(this::markReady);
    }

    /**
     * Launches one shard: connects within {@code shardConnectTimeout} and associates it. Fails with
     * {@link ShardInUseException} when another process holds it (unless {@code takeOver}).
     */
    public CompletableFuture<Shard> launchShard(String conduitId, int shardId) {
        return launchShards(conduitId, List.of(shardId)).thenApply(list -> list.get(0));
    }

    /**
     * Launches shards concurrently (their associations share requests). Completes with them in the given order
     * when all are associated; fails with the first failure while the others keep running.
     */
    public CompletableFuture<List<Shard>> launchShards(String conduitId, List<Integer> shardIds) {
        Checks.notBlank(conduitId, "conduitId");
        List<Integer> ids = checkShardIds(shardIds);
        useConduit(conduitId);
        CompletableFuture<Map<Integer, String>> held = takeOver() ? CompletableFuture.completedFuture(Map.of())
                : heldElsewhere(conduitId, ids);
        return held.thenCompose(elsewhere -> {
            List<CompletableFuture<Shard>> launches = new ArrayList<>();
            for (int id : ids) {
                if (elsewhere.containsKey(id)) {
                    launches.add(CompletableFuture.failedFuture(new ShardInUseException(id, elsewhere.get(id))));
                } else {
                    launches.add(launch(conduitId, id));
                }
            }
            return CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new))
                    .thenApply(v -> launches.stream().map(CompletableFuture::join).toList());
        });
    }

    /** {@link #launchShards(String, List)} with the ids as arguments. */
    public CompletableFuture<List<Shard>> launchShards(String conduitId, int... shardIds) {
        return launchShards(conduitId, Arrays.stream(shardIds).boxed().toList());
    }

    /** The running shards, by id. */
    public List<Shard> shards() {
        return new ArrayList<>(runningShards().values());
    }

    /** A running shard by id. */
    public Optional<Shard> getShard(int shardId) {
        return Optional.ofNullable(runningShards().get(shardId));
    }

    /**
     * Resizes the conduit this client runs and its shards with it. Growing adds one shard at a time (grow the
     * conduit by one, launch and associate that shard, then the next), so at most one shard is ever disabled and
     * Twitch's retry on another shard always finds an enabled one. Shrinking lets Twitch route by the new count
     * first, then closes the shards past it.
     */
    public CompletableFuture<Conduit> resize(int shardCount) {
        String conduit = requireConduit();
        Checks.inRange(shardCount, 1, dev.twitchkit.helix.conduits.ConduitsApi.MAX_SHARDS, "shardCount");
        return conduits().adopt(conduit).thenCompose(current -> {
            if (shardCount <= current.shardCount()) {
                return conduits().resize(conduit, shardCount).thenApply(c -> {
                    new ArrayList<>(runningShards().tailMap(c.shardCount()).values()).forEach(this::retire);
                    return c;
                });
            }
            CompletableFuture<Conduit> chain = CompletableFuture.completedFuture(current);
            for (int id = current.shardCount(); id < shardCount; id++) {
                int next = id;
                chain = chain.thenCompose(c -> conduits().resize(conduit, next + 1))
                        .thenCompose(c -> launchShard(conduit, next).thenApply(s -> c));
            }
            return chain;
        });
    }

    /**
     * Removes one shard without a gap: the last shard's session is moved into {@code shardId}, the shard running
     * as the last takes the id {@code shardId}, and the conduit shrinks by one. Meant for the client that runs the
     * last shard; another process's session moved into {@code shardId} would keep delivering, but that process
     * would not know its shard's new id.
     */
    public CompletableFuture<Conduit> removeShard(int shardId) {
        String conduit = requireConduit();
        return conduits().removeShard(conduit, shardId, last -> {
            ShardConnection removed = runningShards().get(shardId);
            ShardConnection moved = last > shardId ? runningShards().get(last) : null;
            if (moved != null) {
                // Renumber before the shrink: a reconnect from now on associates the new id, which exists.
                runningShards().remove(last, moved);
                moved.renumber(shardId);
            }
            if (removed != null) {
                retire(removed);
            }
            if (moved != null) {
                runningShards().put(shardId, moved);
            }
        });
    }

    /**
     * Moves every shard to a fresh socket, one shard at a time: each new session is associated while the old one
     * still delivers, and the next shard starts only after that. Completes when all moved; a shard that could
     * not move keeps its old session and is reported through {@link #onError}.
     */
    public CompletableFuture<Void> rollingReconnect() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (ShardConnection shard : new ArrayList<>(runningShards().values())) {
            chain = chain.thenCompose(v -> shard.replaceSession(shardConnectTimeout()).handle((r, e) -> {
                if (e != null && shard.isRunning()) {
                    LOG.warn("shard {} could not move to a new socket: {}", shard.id(), e.toString());
                }
                return null;
            }));
        }
        return chain;
    }

    private String requireConduit() {
        String id = conduitId();
        if (id == null) {
            throw new IllegalStateException("no conduit yet: call connect or launchShards first");
        }
        return id;
    }

    /** Configures a {@link MultiShardClientApp}: the settings of a {@link ClientApp}. */
    public static class Builder extends ClientApp.Builder<Builder> {
        /** Starts a builder with the application's credentials. */
        protected Builder(String clientId, String clientSecret) {
            super(clientId, clientSecret, "MultiShardClientApp");
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public MultiShardClientApp build() {
            return new MultiShardClientApp(this);
        }
    }
}
