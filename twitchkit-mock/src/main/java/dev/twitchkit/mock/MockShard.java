package dev.twitchkit.mock;

import java.time.Instant;

/**
 * A snapshot of one shard of a conduit ({@link MockConduit#shards()}).
 *
 * @param id the shard id, {@code "0"} to {@code shard_count - 1}
 * @param status one of Twitch's shard statuses ({@code enabled}, {@code websocket_disconnected}, …)
 * @param method {@code websocket} or {@code webhook}
 * @param sessionId the websocket session, or null
 * @param callback the webhook callback, or null
 * @param disconnectedAt when its websocket was lost, or null
 */
public record MockShard(String id, String status, String method, String sessionId, String callback,
                        Instant connectedAt, Instant disconnectedAt) {

    public boolean enabled() {
        return "enabled".equals(status);
    }
}
