package dev.twitchkit.helix.chat;

/**
 * A channel's chat settings.
 *
 * @param broadcasterId the channel
 * @param emoteMode only emotes allowed
 * @param followerMode only followers may chat
 * @param followerModeDuration minutes a user must have followed; null when follower mode is off
 * @param moderatorId the moderator who asked; null unless a moderator asked with a moderator scope
 * @param nonModeratorChatDelay whether non-moderators' messages are delayed; null unless a moderator asked
 * @param nonModeratorChatDelayDuration the delay in seconds; null when off or not a moderator asking
 * @param slowMode whether users must wait between messages
 * @param slowModeWaitTime seconds between messages; null when slow mode is off
 * @param subscriberMode only subscribers may chat
 * @param uniqueChatMode messages must be unique
 */
public record ChatSettings(String broadcasterId, boolean emoteMode, boolean followerMode,
                           Integer followerModeDuration, String moderatorId, Boolean nonModeratorChatDelay,
                           Integer nonModeratorChatDelayDuration, boolean slowMode, Integer slowModeWaitTime,
                           boolean subscriberMode, boolean uniqueChatMode) {
}
