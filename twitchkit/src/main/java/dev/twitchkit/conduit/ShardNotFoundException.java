package dev.twitchkit.conduit;

import java.util.List;

/** Every shard a client was allowed to take is enabled already (held by other clients). */
public class ShardNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String conduitId;
    private final List<Integer> shardIds;

    /** Every shard of {@code shardIds} on conduit {@code conduitId} is enabled elsewhere. */
    public ShardNotFoundException(String conduitId, List<Integer> shardIds) {
        super("every shard of " + shardIds + " in conduit " + conduitId + " is enabled already");
        this.conduitId = conduitId;
        this.shardIds = List.copyOf(shardIds);
    }

    /** The conduit whose shards were all taken. */
    public String conduitId() {
        return conduitId;
    }

    /** The shard ids that were asked for, all enabled. */
    public List<Integer> shardIds() {
        return shardIds;
    }
}
