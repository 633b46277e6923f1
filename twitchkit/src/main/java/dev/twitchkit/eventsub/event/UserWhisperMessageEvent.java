package dev.twitchkit.eventsub.event;

/**
 * A user received a whisper.
 *
 * <p>EventSub type {@code user.whisper.message}, version {@code 1}.
 *
 * @param fromUserId the sender's user id ({@code from_user_id})
 * @param fromUserLogin the sender's login name ({@code from_user_login})
 * @param fromUserName the sender's display name ({@code from_user_name})
 * @param toUserId the recipient's user id ({@code to_user_id})
 * @param toUserLogin the recipient's login name ({@code to_user_login})
 * @param toUserName the recipient's display name ({@code to_user_name})
 * @param whisperId {@code whisper_id}
 * @param whisper {@code whisper}
 */
public record UserWhisperMessageEvent(
        String fromUserId,
        String fromUserLogin,
        String fromUserName,
        String toUserId,
        String toUserLogin,
        String toUserName,
        String whisperId,
        Whisper whisper) implements EventSubEvent {
}
