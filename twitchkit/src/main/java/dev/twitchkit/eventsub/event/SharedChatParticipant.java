package dev.twitchkit.eventsub.event;

/**
 * A channel taking part in a shared chat session.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 */
public record SharedChatParticipant(
        String broadcasterUserId,
        String broadcasterUserName,
        String broadcasterUserLogin) {
}
