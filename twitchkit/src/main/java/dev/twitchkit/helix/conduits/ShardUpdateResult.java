package dev.twitchkit.helix.conduits;

import java.util.List;

/**
 * The answer to Update Conduit Shards: the shards updated and, separately, those that failed. Twitch answers
 * 202 even when some shards failed, so callers must look at {@link #errors()}.
 *
 * @param data the updated shards
 * @param errors the shards that failed, with Twitch's reasons
 */
public record ShardUpdateResult(List<ConduitShard> data, List<ShardError> errors) {
    /** Copies the lists; null counts as empty. */
    public ShardUpdateResult {
        data = data == null ? List.of() : List.copyOf(data);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Whether every shard was updated. */
    public boolean isComplete() {
        return errors.isEmpty();
    }
}
