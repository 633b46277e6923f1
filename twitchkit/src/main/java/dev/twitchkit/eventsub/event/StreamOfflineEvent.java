package dev.twitchkit.eventsub.event;

/**
 * The broadcaster stopped a stream.
 *
 * <p>EventSub type {@code stream.offline}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 */
public record StreamOfflineEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) implements EventSubEvent {
}
