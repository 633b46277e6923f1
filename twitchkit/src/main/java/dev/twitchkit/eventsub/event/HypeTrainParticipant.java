package dev.twitchkit.eventsub.event;

/**
 * A channel taking part in a shared Hype Train.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 */
public record HypeTrainParticipant(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) {
}
