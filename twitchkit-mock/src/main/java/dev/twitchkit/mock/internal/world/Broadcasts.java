package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Broadcasters going live and offline. A stream that starts records its archive video and takes the channel's
 * title, category and language; one that ends closes the archive. {@link #goLive} and {@link #goOffline} raise
 * {@code stream.online} and {@code stream.offline} with the stream's own id and start; {@link #started} and
 * {@link #ended} change the world only, for a triggered notification that is being sent anyway. Starting and
 * ending are serialized, so a broadcaster never has two streams.
 */
public final class Broadcasts {
    /** The type of a stream the broadcaster runs live (Twitch's only type today). */
    public static final String LIVE = "live";
    private final World world;

    Broadcasts(World world) {
        this.world = world;
    }

    /**
     * Starts the broadcaster's stream with {@code streamId} (null: a fresh one) and {@code type}, unless it is live
     * already; the live stream either way.
     */
    public synchronized Streams.Stream started(String broadcasterId, String streamId, String type) {
        Optional<Streams.Stream> live = world.streams().live(broadcasterId);
        if (live.isPresent()) {
            return live.get();
        }
        Instant now = world.now();
        String id = streamId == null ? world.streams().newId() : streamId;
        Channels.Info channel = world.channels().info(broadcasterId);
        Videos.Video archive = world.videos().startArchive(id, broadcasterId, channel.title(), channel.language(),
                channel.gameId(), now);
        Streams.Stream stream = new Streams.Stream(id, broadcasterId, type, now, archive.id());
        world.streams().start(stream);
        return stream;
    }

    /** Ends the broadcaster's stream, closing its archive; the stream that ended, empty when not live. */
    public synchronized Optional<Streams.Stream> ended(String broadcasterId) {
        Optional<Streams.Stream> stream = world.streams().end(broadcasterId);
        stream.ifPresent(s -> world.videos().end(s.videoId(), world.now()));
        return stream;
    }

    /**
     * The broadcaster goes live and {@code stream.online} is raised with the stream's id, type and start.
     *
     * @throws IllegalStateException when the broadcaster is live already
     */
    public Streams.Stream goLive(String broadcasterId) {
        world.requireUser(broadcasterId, "broadcaster_id");
        Streams.Stream stream;
        synchronized (this) {
            if (world.streams().live(broadcasterId).isPresent()) {
                throw new IllegalStateException("broadcaster " + broadcasterId + " is live already");
            }
            stream = started(broadcasterId, null, LIVE);
        }
        world.events().raise("stream.online", Map.of("broadcaster_user_id", broadcasterId),
                onlineFields(stream));
        return stream;
    }

    /**
     * The broadcaster's stream ends and {@code stream.offline} is raised.
     *
     * @throws IllegalStateException when the broadcaster is not live
     */
    public Streams.Stream goOffline(String broadcasterId) {
        Streams.Stream stream = ended(broadcasterId).orElseThrow(() ->
                new IllegalStateException("broadcaster " + broadcasterId + " is not live"));
        world.events().raise("stream.offline", Map.of("broadcaster_user_id", broadcasterId),
                Map.of("broadcaster_user_id", broadcasterId));
        return stream;
    }

    /** The fields of {@code stream.online} that the stream determines. */
    public static Map<String, Object> onlineFields(Streams.Stream stream) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("broadcaster_user_id", stream.broadcasterId());
        fields.put("id", stream.id());
        fields.put("type", stream.type());
        fields.put("started_at", stream.startedAt().toString());
        return fields;
    }
}
