/**
 * Conduits: managing them ({@link dev.twitchkit.conduit.ConduitManager}), the shards a client runs
 * ({@link dev.twitchkit.conduit.Shard}) and the errors of shard association. The clients are
 * {@link dev.twitchkit.ClientApp} (one shard) and {@link dev.twitchkit.MultiShardClientApp} (many).
 */
package dev.twitchkit.conduit;
