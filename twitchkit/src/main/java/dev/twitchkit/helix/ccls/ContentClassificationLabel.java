package dev.twitchkit.helix.ccls;

/**
 * A content classification label a broadcaster may put on their stream.
 *
 * @param id the label's id, e.g. {@code Gambling}: what Modify Channel Information takes
 * @param description the label's description in the locale asked for
 * @param name the label's name in the locale asked for
 */
public record ContentClassificationLabel(String id, String description, String name) {
}
