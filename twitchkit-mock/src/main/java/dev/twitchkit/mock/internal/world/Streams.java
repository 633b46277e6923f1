package dev.twitchkit.mock.internal.world;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live streams (at most one per broadcaster), the markers set in them, and each channel's stream key. A stream
 * is live from {@link #start} to {@link #end}; its title, category, language and tags are the channel's, read when
 * asked (as Twitch shows a channel update at once in Get Streams).
 */
public final class Streams {
    /** A live stream: its id, its broadcaster, its type ({@code live}) and when it started. */
    public record Stream(String id, String broadcasterId, String type, Instant startedAt, String videoId) {
    }

    /** A marker in a video (the archive of a stream), {@code positionSeconds} after the video's start. */
    public record Marker(String id, String broadcasterId, String creatorId, String videoId, Instant createdAt,
                         int positionSeconds, String description) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AtomicLong nextId = new AtomicLong(40_000_000_000L);
    private final Map<String, Stream> live = new LinkedHashMap<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Map<String, String> keys = new HashMap<>();

    /** A fresh stream id, in Twitch's all-digits form. */
    public String newId() {
        return Long.toString(nextId.incrementAndGet());
    }

    /** The broadcaster's live stream, if live. */
    public synchronized Optional<Stream> live(String broadcasterId) {
        return Optional.ofNullable(live.get(broadcasterId));
    }

    /** Every live stream, longest running first. */
    public synchronized List<Stream> all() {
        List<Stream> streams = new ArrayList<>(live.values());
        streams.sort(Comparator.comparing(Stream::startedAt));
        return List.copyOf(streams);
    }

    /** Starts {@code stream}; nothing changes when its broadcaster is already live. */
    public synchronized void start(Stream stream) {
        live.putIfAbsent(stream.broadcasterId(), stream);
    }

    /** Ends the broadcaster's stream; the stream that ended, empty when it was not live. */
    public synchronized Optional<Stream> end(String broadcasterId) {
        return Optional.ofNullable(live.remove(broadcasterId));
    }

    /** Adds a marker to a video. */
    public synchronized Marker addMarker(String broadcasterId, String creatorId, String videoId, Instant now,
                                         int positionSeconds, String description) {
        Marker marker = new Marker(HexFormat.of().formatHex(randomBytes(16)), broadcasterId, creatorId, videoId, now,
                positionSeconds, description);
        markers.add(marker);
        return marker;
    }

    /** The markers of a video, oldest first. */
    public synchronized List<Marker> markers(String videoId) {
        return markers.stream().filter(m -> m.videoId().equals(videoId)).toList();
    }

    /** The channel's stream key, made on first use and the same afterwards. */
    public synchronized String streamKey(String broadcasterId) {
        return keys.computeIfAbsent(broadcasterId, id -> "live_" + id + "_"
                + HexFormat.of().formatHex(randomBytes(12)));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
