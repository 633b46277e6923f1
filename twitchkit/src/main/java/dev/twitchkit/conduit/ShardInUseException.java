package dev.twitchkit.conduit;

/**
 * The shard is enabled on a session this client does not own: another process holds it. The client does not take
 * it unless told to ({@code takeOver(true)} on the builder).
 */
public class ShardInUseException extends ShardException {
    private static final long serialVersionUID = 1L;

    private final String holderSessionId;

    /** Shard {@code shardId} is held by another session, {@code holderSessionId}. */
    public ShardInUseException(int shardId, String holderSessionId) {
        super(shardId, "shard_in_use", "enabled on session " + holderSessionId,
                "shard " + shardId + " is enabled on session " + holderSessionId
                        + ", which another client holds; not taking it over (see takeOver)");
        this.holderSessionId = holderSessionId;
    }

    /** The session that holds the shard. */
    public String holderSessionId() {
        return holderSessionId;
    }
}
