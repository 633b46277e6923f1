package dev.twitchkit.eventsub.event;

/**
 * A user was given moderator privileges in the channel.
 *
 * <p>EventSub type {@code channel.moderator.add}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 */
public record ChannelModeratorAddEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName) implements EventSubEvent {
}
