package dev.twitchkit.helix.streams;

import dev.twitchkit.eventsub.event.StreamType;
import java.time.Instant;
import java.util.List;

/**
 * A live stream as Get Streams and Get Followed Streams report it.
 *
 * @param id the stream's id (the id of the {@code stream.online} event; its archive video names it)
 * @param userId the broadcaster's user id
 * @param userLogin the broadcaster's login name
 * @param userName the broadcaster's display name
 * @param gameId the category's id; empty when none is set
 * @param gameName the category's name; empty when none is set
 * @param type the stream's type ({@link StreamType#LIVE}; empty when Twitch had an error)
 * @param title the stream's title; empty when not set
 * @param viewerCount how many users watch
 * @param startedAt when the broadcast began
 * @param language ISO 639-1 code, or {@code other}
 * @param thumbnailUrl an image of a recent frame, with {@code {width}} and {@code {height}} to fill in
 * @param tagIds deprecated by Twitch: always empty
 * @param tags the stream's tags
 * @param isMature deprecated by Twitch: always false
 */
public record Stream(String id, String userId, String userLogin, String userName, String gameId, String gameName,
                     StreamType type, String title, int viewerCount, Instant startedAt, String language,
                     String thumbnailUrl, List<String> tagIds, List<String> tags, boolean isMature) {
    /** Copies the lists; a missing list is empty. */
    public Stream {
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
