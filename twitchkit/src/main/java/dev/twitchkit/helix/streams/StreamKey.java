package dev.twitchkit.helix.streams;

/**
 * A channel's stream key. Its {@code toString} hides the key, as it is a secret that lets anyone stream as the
 * broadcaster.
 *
 * @param streamKey the key
 */
public record StreamKey(String streamKey) {
    /** Hides the key. */
    @Override
    public String toString() {
        return "StreamKey[streamKey=***]";
    }
}
