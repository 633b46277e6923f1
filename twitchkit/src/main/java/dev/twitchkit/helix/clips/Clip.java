package dev.twitchkit.helix.clips;

import java.time.Instant;

/**
 * A clip as Get Clips reports it.
 *
 * @param id the clip's id
 * @param url the clip's page
 * @param embedUrl a URL to embed the clip in an iframe
 * @param broadcasterId the id of the broadcaster it was clipped from
 * @param broadcasterName the broadcaster's display name
 * @param creatorId the id of the user who clipped it
 * @param creatorName the creator's display name
 * @param videoId the video it came from; empty when that video is not available
 * @param gameId the category streamed when it was clipped
 * @param language ISO 639-1 code of the broadcast, or {@code other}
 * @param title the clip's title
 * @param viewCount how often it was viewed
 * @param createdAt when it was created
 * @param thumbnailUrl a thumbnail image
 * @param duration its length in seconds, to a tenth
 * @param vodOffset where it starts in the video, in seconds; null while unknown or without a video
 * @param isFeatured whether the clip is featured
 */
public record Clip(String id, String url, String embedUrl, String broadcasterId, String broadcasterName,
                   String creatorId, String creatorName, String videoId, String gameId, String language,
                   String title, int viewCount, Instant createdAt, String thumbnailUrl, double duration,
                   Integer vodOffset, boolean isFeatured) {
}
