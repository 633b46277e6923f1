package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Shoutouts and Twitch's cooldowns on them, on the mock's clock: a channel may give one shoutout every 2 minutes,
 * and the same channel one every 60 minutes.
 */
public final class Shoutouts {
    /** How long a channel waits between any two shoutouts. */
    public static final Duration COOLDOWN = Duration.ofMinutes(2);
    /** How long a channel waits before shouting out the same channel again. */
    public static final Duration TARGET_COOLDOWN = Duration.ofMinutes(60);

    /** A shoutout given: when, and when the two cooldowns end. */
    public record Shoutout(String fromId, String toId, Instant startedAt, Instant cooldownEndsAt,
                           Instant targetCooldownEndsAt) {
    }

    private final Map<String, Instant> lastByChannel = new HashMap<>();
    private final Map<String, Instant> lastByPair = new HashMap<>();

    /** Records a shoutout from one channel to another, or Twitch's 429 while a cooldown runs. */
    public synchronized Shoutout give(String fromId, String toId, Instant now) {
        Instant last = lastByChannel.get(fromId);
        if (last != null && now.isBefore(last.plus(COOLDOWN))) {
            throw TwitchHttpError.tooManyRequests("The broadcaster exceeded the number of Shoutouts they may send "
                    + "within a given window.");
        }
        Instant lastToTarget = lastByPair.get(fromId + "/" + toId);
        if (lastToTarget != null && now.isBefore(lastToTarget.plus(TARGET_COOLDOWN))) {
            throw TwitchHttpError.tooManyRequests("The broadcaster exceeded the number of Shoutouts they may send "
                    + "the same broadcaster within a given window.");
        }
        lastByChannel.put(fromId, now);
        lastByPair.put(fromId + "/" + toId, now);
        return new Shoutout(fromId, toId, now, now.plus(COOLDOWN), now.plus(TARGET_COOLDOWN));
    }
}
