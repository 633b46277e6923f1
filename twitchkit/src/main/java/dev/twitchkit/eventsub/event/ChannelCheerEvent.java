package dev.twitchkit.eventsub.event;

/**
 * A user cheered Bits in the channel.
 *
 * <p>EventSub type {@code channel.cheer}, version {@code 1}.
 *
 * @param isAnonymous {@code is_anonymous}
 * @param userId {@code user_id}; may be null: null when the cheer is anonymous
 * @param userLogin {@code user_login}; may be null: null when the cheer is anonymous
 * @param userName {@code user_name}; may be null: null when the cheer is anonymous
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param message {@code message}
 * @param bits {@code bits}
 */
public record ChannelCheerEvent(
        boolean isAnonymous,
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String message,
        int bits) implements EventSubEvent {
}
