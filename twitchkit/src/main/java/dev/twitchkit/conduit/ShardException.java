package dev.twitchkit.conduit;

/**
 * Twitch refused to associate a conduit shard with a session: Update Conduit Shards reported an error for it
 * (e.g. {@code websocket_session_not_found}, or a shard id outside the conduit).
 */
public class ShardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int shardId;
    private final String code;
    private final String twitchMessage;

    /**
     * @param shardId the shard
     * @param code Twitch's error code for the shard
     * @param twitchMessage Twitch's reason
     */
    public ShardException(int shardId, String code, String twitchMessage) {
        super("shard " + shardId + " could not be associated: " + code + " (" + twitchMessage + ")");
        this.shardId = shardId;
        this.code = code;
        this.twitchMessage = twitchMessage;
    }

    /** For subclasses with their own message. */
    protected ShardException(int shardId, String code, String twitchMessage, String message) {
        super(message);
        this.shardId = shardId;
        this.code = code;
        this.twitchMessage = twitchMessage;
    }

    /** The shard Twitch refused. */
    public int shardId() {
        return shardId;
    }

    /** Twitch's error code, e.g. {@code websocket_session_not_found}. */
    public String code() {
        return code;
    }

    /** Twitch's reason as it sent it. */
    public String twitchMessage() {
        return twitchMessage;
    }
}
