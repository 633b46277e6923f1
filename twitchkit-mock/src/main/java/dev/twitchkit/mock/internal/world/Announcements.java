package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Twitch's pace for announcements, on the mock's clock: one every 2 seconds per sender and channel. */
public final class Announcements {
    /** How long a sender waits between two announcements in the same channel. */
    public static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Map<String, Instant> lastBySenderInChannel = new HashMap<>();

    /** Records an announcement, or Twitch's 429 when the sender's previous one there is less than 2 s old. */
    public synchronized void record(String broadcasterId, String senderId, Instant now) {
        String key = broadcasterId + "/" + senderId;
        Instant last = lastBySenderInChannel.get(key);
        if (last != null && now.isBefore(last.plus(INTERVAL))) {
            throw TwitchHttpError.tooManyRequests("The sender has exceeded the number of announcements they may "
                    + "send to this broadcaster_id within a given window.");
        }
        lastBySenderInChannel.put(key, now);
    }
}
