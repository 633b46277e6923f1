package dev.twitchkit.helix.streams;

import java.util.List;

/**
 * The markers of one video.
 *
 * @param videoId the video's id
 * @param markers its markers, oldest first
 */
public record VideoMarkers(String videoId, List<StreamMarker> markers) {
    /** Copies the list; a missing list is empty. */
    public VideoMarkers {
        markers = markers == null ? List.of() : List.copyOf(markers);
    }
}
