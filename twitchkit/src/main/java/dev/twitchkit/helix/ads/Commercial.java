package dev.twitchkit.helix.ads;

/**
 * A commercial Twitch started.
 *
 * @param length the length served, in seconds (at most 180)
 * @param message Twitch's note on whether it could serve an ad
 * @param retryAfter seconds to wait before the next commercial
 */
public record Commercial(int length, String message, int retryAfter) {
}
