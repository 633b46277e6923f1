package dev.twitchkit.mock;

import java.util.List;

/** A snapshot of a conduit the mock holds ({@link MockTwitch#conduits()}). */
public record MockConduit(String id, String clientId, List<MockShard> shards) {
    public MockConduit {
        shards = List.copyOf(shards);
    }

    public int shardCount() {
        return shards.size();
    }
}
