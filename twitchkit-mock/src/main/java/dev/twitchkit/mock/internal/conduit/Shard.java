package dev.twitchkit.mock.internal.conduit;

import java.time.Instant;

/** One shard of a conduit; mutated under the {@link ConduitStore}'s lock. */
final class Shard {
    final String id;
    String status = "websocket_disconnected";
    String method = "websocket";
    String sessionId;
    String callback;
    /** The webhook signing secret; never shown. */
    String secret;
    Instant connectedAt;
    Instant disconnectedAt;

    Shard(String id) {
        this.id = id;
    }

    boolean enabled() {
        return "enabled".equals(status);
    }
}
