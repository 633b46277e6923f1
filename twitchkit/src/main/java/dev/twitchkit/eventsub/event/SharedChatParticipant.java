package dev.twitchkit.eventsub.event;

/**
 * A channel taking part in a shared chat session.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 */
public record SharedChatParticipant(
        String broadcasterUserId,
        String broadcasterUserName,
        String broadcasterUserLogin) {
}
