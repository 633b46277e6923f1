package dev.twitchkit.conduit.internal;

import dev.twitchkit.conduit.ShardException;
import dev.twitchkit.helix.conduits.ConduitShard;
import dev.twitchkit.helix.conduits.ConduitsApi;
import dev.twitchkit.helix.conduits.ShardError;
import dev.twitchkit.helix.conduits.ShardUpdate;
import dev.twitchkit.helix.conduits.ShardUpdateResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Associates shards with sessions through Update Conduit Shards, several per request. Shards welcomed within a
 * short linger go out together: a thousand shards launched at once cost ten requests instead of a thousand, which
 * keeps every one inside Twitch's 10 s window and the app's 800-points-a-minute bucket.
 */
public final class ShardAssociator {
    /** Shards per Update Conduit Shards request. */
    public static final int MAX_BATCH = 100;

    private record Pending(int shardId, String sessionId, CompletableFuture<ConduitShard> result) {
    }

    private final Supplier<ConduitsApi> api;
    private final ScheduledExecutorService scheduler;
    private final long lingerMillis;
    private final Object lock = new Object();
    /** Per conduit, by shard id: a newer session for a shard replaces the older one not yet sent. */
    private final Map<String, Map<Integer, Pending>> waiting = new LinkedHashMap<>();
    private boolean flushScheduled;

    /**
     * @param api conduits with the app's current token, asked on every request
     * @param linger how long a shard waits for others to share its request
     */
    public ShardAssociator(Supplier<ConduitsApi> api, ScheduledExecutorService scheduler, Duration linger) {
        this.api = api;
        this.scheduler = scheduler;
        this.lingerMillis = linger.toMillis();
    }

    /**
     * Points a shard at a session. Completes with the shard as Twitch reports it, or fails with a
     * {@link ShardException} carrying Twitch's per-shard error, or with the request's own failure.
     */
    public CompletableFuture<ConduitShard> associate(String conduitId, int shardId, String sessionId) {
        CompletableFuture<ConduitShard> result = new CompletableFuture<>();
        Pending replaced;
        boolean full;
        synchronized (lock) {
            Map<Integer, Pending> forConduit = waiting.computeIfAbsent(conduitId, k -> new LinkedHashMap<>());
            replaced = forConduit.put(shardId, new Pending(shardId, sessionId, result));
            full = forConduit.size() >= MAX_BATCH;
            if (!full && !flushScheduled) {
                flushScheduled = true;
                scheduler.schedule(this::flushAll, lingerMillis, TimeUnit.MILLISECONDS);
            }
        }
        if (replaced != null) {
            replaced.result().completeExceptionally(new CancellationException(
                    "shard " + shardId + " got a newer session before its association was sent"));
        }
        if (full) {
            flush(conduitId);
        }
        return result;
    }

    private void flushAll() {
        List<String> conduits;
        synchronized (lock) {
            flushScheduled = false;
            conduits = new ArrayList<>(waiting.keySet());
        }
        conduits.forEach(this::flush);
    }

    private void flush(String conduitId) {
        List<Pending> batch;
        synchronized (lock) {
            Map<Integer, Pending> forConduit = waiting.remove(conduitId);
            if (forConduit == null || forConduit.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(forConduit.values());
        }
        for (int from = 0; from < batch.size(); from += MAX_BATCH) {
            send(conduitId, batch.subList(from, Math.min(batch.size(), from + MAX_BATCH)));
        }
    }

    private void send(String conduitId, List<Pending> batch) {
        List<ShardUpdate> updates = batch.stream()
                .map(p -> ShardUpdate.webSocket(Integer.toString(p.shardId()), p.sessionId())).toList();
        CompletableFuture<ShardUpdateResult> call;
        try {
            call = api.get().updateShards(conduitId, updates);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((answer, error) -> {
            for (Pending p : batch) {
                if (error != null) {
                    p.result().completeExceptionally(error);
                } else {
                    settle(p, answer);
                }
            }
        });
    }

    private static void settle(Pending p, ShardUpdateResult answer) {
        String id = Integer.toString(p.shardId());
        for (ShardError e : answer.errors()) {
            if (id.equals(e.id())) {
                p.result().completeExceptionally(new ShardException(p.shardId(), e.code(), e.message()));
                return;
            }
        }
        for (ConduitShard s : answer.data()) {
            if (id.equals(s.id())) {
                p.result().complete(s);
                return;
            }
        }
        p.result().completeExceptionally(new ShardException(p.shardId(), "no_answer",
                "Twitch's answer did not mention the shard"));
    }
}
