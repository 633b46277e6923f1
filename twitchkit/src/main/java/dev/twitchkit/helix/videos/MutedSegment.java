package dev.twitchkit.helix.videos;

/**
 * A part of a video that Twitch Audio Recognition muted.
 *
 * @param duration its length in seconds
 * @param offset where it starts, in seconds from the video's start
 */
public record MutedSegment(int duration, int offset) {
}
