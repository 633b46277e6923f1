package dev.twitchkit.mock.internal.world;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clips captured from streams and cut from videos, with Twitch's word-slug ids. */
public final class Clips {
    /**
     * One clip: {@code videoId} the video it came from (empty when none), {@code vodOffset} where it starts in that
     * video (null when unknown).
     */
    public record Clip(String id, String broadcasterId, String creatorId, String videoId, String gameId,
                       String language, String title, Instant createdAt, double duration, Integer vodOffset,
                       boolean featured) {
    }

    private static final String[] WORDS = {"Awkward", "Helpless", "Salamander", "Swift", "Rage", "Brave", "Tiny",
        "Gentle", "Otter", "Falcon", "Curious", "Purple", "Kappa", "Sleepy", "Gifted", "Peppermint", "Wimpy",
        "Cat", "Keyboard", "Frank", "Cloudy", "Leopard", "Distinct", "Fox"};
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Clip> clips = new LinkedHashMap<>();

    /** A fresh clip id: four capitalized words and a random tail, as Twitch's slugs. */
    public static String newId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            id.append(WORDS[RANDOM.nextInt(WORDS.length)]);
        }
        return id.append('-').append(Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36)).toString();
    }

    /** Adds a clip. */
    public synchronized void add(Clip clip) {
        clips.put(clip.id(), clip);
    }

    /** A clip by id. */
    public synchronized Optional<Clip> find(String id) {
        return Optional.ofNullable(clips.get(id));
    }

    /** Every clip, newest first. */
    public synchronized List<Clip> all() {
        List<Clip> all = new ArrayList<>(clips.values());
        all.sort(Comparator.comparing(Clip::createdAt).reversed());
        return List.copyOf(all);
    }
}
