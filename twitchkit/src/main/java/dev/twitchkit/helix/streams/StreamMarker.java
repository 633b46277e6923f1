package dev.twitchkit.helix.streams;

import java.time.Instant;

/**
 * A marker in a stream or video.
 *
 * @param id the marker's id
 * @param createdAt when it was set
 * @param description what the user noted; empty when none
 * @param positionSeconds the offset from the start of the stream, in seconds
 * @param url a link that opens the video in Twitch's Highlighter; null in Create Stream Marker's answer
 */
public record StreamMarker(String id, Instant createdAt, String description, int positionSeconds, String url) {
}
