package dev.twitchkit.eventsub.event;

/**
 * The chat room's settings changed.
 *
 * <p>EventSub type {@code channel.chat_settings.update}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param emoteMode {@code emote_mode}
 * @param followerMode {@code follower_mode}
 * @param followerModeDurationMinutes {@code follower_mode_duration_minutes}; may be null: null unless follower mode
 *     is on
 * @param slowMode {@code slow_mode}
 * @param slowModeWaitTimeSeconds {@code slow_mode_wait_time_seconds}; may be null: null unless slow mode is on
 * @param subscriberMode {@code subscriber_mode}
 * @param uniqueChatMode {@code unique_chat_mode}
 */
public record ChannelChatSettingsUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        boolean emoteMode,
        boolean followerMode,
        Integer followerModeDurationMinutes,
        boolean slowMode,
        Integer slowModeWaitTimeSeconds,
        boolean subscriberMode,
        boolean uniqueChatMode) implements EventSubEvent {
}
