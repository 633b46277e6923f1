package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The warning each user has in each channel (a new one replaces the old, as at Twitch) until acknowledged. */
public final class Warnings {
    /** One warning. */
    public record Warning(String broadcasterId, String userId, String moderatorId, String reason, Instant issuedAt) {
    }

    private final Map<String, Warning> byChannelAndUser = new ConcurrentHashMap<>();

    /** Issues a warning, replacing the user's previous one in the channel. */
    public Warning warn(Warning warning) {
        byChannelAndUser.put(key(warning.broadcasterId(), warning.userId()), warning);
        return warning;
    }

    private static String key(String broadcasterId, String userId) {
        return broadcasterId + "/" + userId;
    }
}
