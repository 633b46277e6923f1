package dev.twitchkit.mock.internal.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every channel's videos. A stream records its archive (type {@code archive}) from its start; the archive ends
 * with the stream and stays until deleted.
 */
public final class Videos {
    /**
     * One video: {@code streamId} of an archive (null for other types), {@code endedAt} null while its stream is
     * still live.
     */
    public record Video(String id, String streamId, String userId, String title, String description,
                        String language, String gameId, String type, Instant createdAt, Instant endedAt,
                        int viewCount) {
        /** How long the video is at {@code now} (an archive of a live stream keeps growing). */
        public Duration length(Instant now) {
            return Duration.between(createdAt, endedAt == null ? now : endedAt);
        }
    }

    private final AtomicLong nextId = new AtomicLong(2_000_000_000L);
    private final Map<String, Video> videos = new LinkedHashMap<>();

    /** Records the archive of a stream that starts now; returns it. */
    public synchronized Video startArchive(String streamId, String userId, String title, String language,
                                           String gameId, Instant now) {
        Video video = new Video(Long.toString(nextId.incrementAndGet()), streamId, userId, title, "", language,
                gameId, "archive", now, null, 0);
        videos.put(video.id(), video);
        return video;
    }

    /** Ends the recording of the video (its stream ended); nothing when it was deleted meanwhile. */
    public synchronized void end(String videoId, Instant now) {
        videos.computeIfPresent(videoId, (id, v) -> new Video(v.id(), v.streamId(), v.userId(), v.title(),
                v.description(), v.language(), v.gameId(), v.type(), v.createdAt(), now, v.viewCount()));
    }

    /** A video by id. */
    public synchronized Optional<Video> find(String id) {
        return Optional.ofNullable(videos.get(id));
    }

    /** Every video, newest first. */
    public synchronized List<Video> all() {
        List<Video> all = new ArrayList<>(videos.values());
        all.sort(Comparator.comparing(Video::createdAt).reversed());
        return List.copyOf(all);
    }

    /** The user's newest video, if any. */
    public synchronized Optional<Video> newest(String userId) {
        return all().stream().filter(v -> v.userId().equals(userId)).findFirst();
    }

    /** Deletes the videos; the ids deleted. */
    public synchronized List<String> delete(Collection<String> ids) {
        return ids.stream().filter(id -> videos.remove(id) != null).toList();
    }
}
