package dev.twitchkit.eventsub.event;

/**
 * A user's moderator privileges in the channel were removed.
 *
 * <p>EventSub type {@code channel.moderator.remove}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 */
public record ChannelModeratorRemoveEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName) implements EventSubEvent {
}
