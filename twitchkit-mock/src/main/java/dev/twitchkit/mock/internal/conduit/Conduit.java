package dev.twitchkit.mock.internal.conduit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A conduit: an id, its client, and shards {@code "0".."n-1"}; mutated under the {@link ConduitStore}'s lock. */
final class Conduit {
    final String id;
    final String clientId;
    final List<Shard> shards = new ArrayList<>();
    /** Since when (mock clock) no shard has been enabled; null while one is. */
    Instant allDownSince;

    Conduit(String id, String clientId, int shardCount, Instant now) {
        this.id = id;
        this.clientId = clientId;
        resize(shardCount);
        this.allDownSince = now;
    }

    void resize(int shardCount) {
        while (shards.size() > shardCount) {
            shards.remove(shards.size() - 1);
        }
        while (shards.size() < shardCount) {
            shards.add(new Shard(Integer.toString(shards.size())));
        }
    }

    /** Notes whether every shard is down now, starting the 72-hour count when the last one goes. */
    void updateDown(Instant now) {
        boolean anyEnabled = shards.stream().anyMatch(Shard::enabled);
        if (anyEnabled) {
            allDownSince = null;
        } else if (allDownSince == null) {
            allDownSince = now;
        }
    }
}
