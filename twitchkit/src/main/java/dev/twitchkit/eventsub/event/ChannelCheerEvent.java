package dev.twitchkit.eventsub.event;

/**
 * A user cheered Bits in the channel.
 *
 * <p>EventSub type {@code channel.cheer}, version {@code 1}.
 *
 * @param isAnonymous whether anonymous ({@code is_anonymous})
 * @param userId the user's id ({@code user_id}); may be null: null when the cheer is anonymous
 * @param userLogin the user's login name ({@code user_login}); may be null: null when the cheer is anonymous
 * @param userName the user's display name ({@code user_name}); may be null: null when the cheer is anonymous
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
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
