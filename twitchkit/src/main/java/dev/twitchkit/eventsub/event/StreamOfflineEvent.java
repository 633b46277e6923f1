package dev.twitchkit.eventsub.event;

/**
 * The broadcaster stopped a stream.
 *
 * <p>EventSub type {@code stream.offline}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 */
public record StreamOfflineEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) implements EventSubEvent {
}
