package dev.twitchkit.eventsub.event;

/**
 * A user acknowledged a warning from a moderator.
 *
 * <p>EventSub type {@code channel.warning.acknowledge}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 */
public record ChannelWarningAcknowledgeEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName) implements EventSubEvent {
}
