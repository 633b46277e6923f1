package dev.twitchkit.helix.moderation;

/**
 * A message to check against the channel's AutoMod (Check AutoMod Status).
 *
 * @param msgId an id of your choosing, to find the message in the answer
 * @param msgText the message
 */
public record AutoModCheck(
        String msgId,
        String msgText) {
}
