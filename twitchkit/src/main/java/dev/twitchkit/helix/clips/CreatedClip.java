package dev.twitchkit.helix.clips;

/**
 * A clip being created. Twitch creates it in the background: Get Clips finds it once done (Twitch says to assume it
 * failed when it is not there after 15 seconds).
 *
 * @param id the clip's id
 * @param editUrl where the user edits the title and the part published (valid for 24 hours)
 */
public record CreatedClip(String id, String editUrl) {
}
