package dev.twitchkit.helix.streams;

import java.util.List;

/**
 * Get Stream Markers' item: the markers of a user's videos (Twitch answers one video per item).
 *
 * @param userId the user's id
 * @param userName the user's display name
 * @param userLogin the user's login name
 * @param videos the videos with their markers
 */
public record UserMarkers(String userId, String userName, String userLogin, List<VideoMarkers> videos) {
    /** Copies the list; a missing list is empty. */
    public UserMarkers {
        videos = videos == null ? List.of() : List.copyOf(videos);
    }
}
