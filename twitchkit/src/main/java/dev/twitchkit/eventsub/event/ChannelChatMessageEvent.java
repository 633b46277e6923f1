package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A user sent a message to the chat room.
 *
 * <p>EventSub type {@code channel.chat.message}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param chatterUserId the chatter's user id ({@code chatter_user_id})
 * @param chatterUserLogin the chatter's login name ({@code chatter_user_login})
 * @param chatterUserName the chatter's display name ({@code chatter_user_name})
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param messageType {@code message_type}
 * @param badges {@code badges}; empty when Twitch sends none
 * @param cheer {@code cheer}; may be null: null unless Bits were cheered
 * @param color {@code color}
 * @param reply {@code reply}; may be null: null unless the message is a reply
 * @param channelPointsCustomRewardId {@code channel_points_custom_reward_id}; may be null: null unless sent with a
 *     Channel Points reward
 * @param channelPointsAnimationId {@code channel_points_animation_id}; may be null: null unless sent with a
 *     Power-up message effect
 * @param sourceBroadcasterUserId the source channel's user id ({@code source_broadcaster_user_id}); may be null:
 *     set only when it comes from another channel of a shared chat session
 * @param sourceBroadcasterUserLogin the source channel's login name ({@code source_broadcaster_user_login}); may be
 *     null: set only when it comes from another channel of a shared chat session
 * @param sourceBroadcasterUserName the source channel's display name ({@code source_broadcaster_user_name}); may be
 *     null: set only when it comes from another channel of a shared chat session
 * @param sourceMessageId {@code source_message_id}; may be null: set only when it comes from another channel of a
 *     shared chat session
 * @param sourceBadges {@code source_badges}; may be null: set only when it comes from another channel of a shared
 *     chat session
 * @param isSourceOnly whether source only ({@code is_source_only}); may be null: set only when it comes from
 *     another channel of a shared chat session
 */
public record ChannelChatMessageEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String chatterUserId,
        String chatterUserLogin,
        String chatterUserName,
        String messageId,
        ChatMessage message,
        ChatMessageType messageType,
        List<ChatBadge> badges,
        ChatCheer cheer,
        String color,
        ChatReply reply,
        String channelPointsCustomRewardId,
        String channelPointsAnimationId,
        String sourceBroadcasterUserId,
        String sourceBroadcasterUserLogin,
        String sourceBroadcasterUserName,
        String sourceMessageId,
        List<ChatBadge> sourceBadges,
        Boolean isSourceOnly) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelChatMessageEvent {
        badges = badges == null ? List.of() : List.copyOf(badges);
        sourceBadges = sourceBadges == null ? null : List.copyOf(sourceBadges);
    }
}
