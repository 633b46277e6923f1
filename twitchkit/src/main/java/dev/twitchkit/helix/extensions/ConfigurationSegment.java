package dev.twitchkit.helix.extensions;

/**
 * One configuration segment of an extension.
 *
 * @param segment which segment
 * @param broadcasterId the channel, for the broadcaster and developer segments; null for the global one
 * @param content the content: plain text or a JSON string, at most 5 KB
 * @param version the version of the segment's definition
 */
public record ConfigurationSegment(SegmentType segment, String broadcasterId, String content, String version) {
}
