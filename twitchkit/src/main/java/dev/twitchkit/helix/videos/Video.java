package dev.twitchkit.helix.videos;

import java.time.Instant;
import java.util.List;

/**
 * A video as Get Videos reports it.
 *
 * @param id the video's id
 * @param streamId the stream it recorded, for an {@code archive}; null for other types
 * @param userId the owner's user id
 * @param userLogin the owner's login name
 * @param userName the owner's display name
 * @param title the video's title
 * @param description the video's description
 * @param createdAt when it was created
 * @param publishedAt when it was published
 * @param url the video's page
 * @param thumbnailUrl a thumbnail, with {@code %{width}} and {@code %{height}} to fill in (320 by 180)
 * @param viewable always {@code public}
 * @param viewCount how often it was watched
 * @param language ISO 639-1 code of the broadcast, or {@code other}
 * @param type archive, highlight or upload
 * @param duration its length as Twitch writes it, e.g. {@code 3m21s}
 * @param mutedSegments the parts Twitch muted; null when none
 */
public record Video(String id, String streamId, String userId, String userLogin, String userName, String title,
                    String description, Instant createdAt, Instant publishedAt, String url, String thumbnailUrl,
                    String viewable, int viewCount, String language, VideoType type, String duration,
                    List<MutedSegment> mutedSegments) {
    /** Copies the muted segments (null stays null: Twitch's "none"). */
    public Video {
        mutedSegments = mutedSegments == null ? null : List.copyOf(mutedSegments);
    }
}
