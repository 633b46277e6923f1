package dev.twitchkit.eventsub.event;

/**
 * A user received a whisper.
 *
 * <p>EventSub type {@code user.whisper.message}, version {@code 1}.
 *
 * @param fromUserId {@code from_user_id}
 * @param fromUserLogin {@code from_user_login}
 * @param fromUserName {@code from_user_name}
 * @param toUserId {@code to_user_id}
 * @param toUserLogin {@code to_user_login}
 * @param toUserName {@code to_user_name}
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
