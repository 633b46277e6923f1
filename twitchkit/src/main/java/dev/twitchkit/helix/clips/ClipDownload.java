package dev.twitchkit.helix.clips;

/**
 * Where to download a clip's video files.
 *
 * @param clipId the clip's id
 * @param landscapeDownloadUrl the landscape file; null when not available
 * @param portraitDownloadUrl the portrait file; null when not available
 */
public record ClipDownload(String clipId, String landscapeDownloadUrl, String portraitDownloadUrl) {
}
