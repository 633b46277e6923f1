package dev.twitchkit.eventsub.event;

/**
 * A channel taking part in a shared Hype Train.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 */
public record HypeTrainParticipant(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) {
}
