package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every whisper sent, oldest first. Whether two users whispered before decides how long a whisper may be. */
public final class Whispers {
    /** One whisper. */
    public record Whisper(String whisperId, String fromUserId, String toUserId, String text, Instant sentAt) {
    }

    private final List<Whisper> all = new ArrayList<>();

    /** Records a whisper. */
    public synchronized void record(Whisper whisper) {
        all.add(whisper);
    }

    /** Whether {@code fromUserId} has ever whispered {@code toUserId}. */
    public synchronized boolean hasWhispered(String fromUserId, String toUserId) {
        return all.stream().anyMatch(w -> w.fromUserId().equals(fromUserId) && w.toUserId().equals(toUserId));
    }
}
