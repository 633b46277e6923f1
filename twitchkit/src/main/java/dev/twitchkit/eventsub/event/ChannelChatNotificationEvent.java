package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A chat notice (sub, resub, gift, raid, announcement, ...) appeared in the chat room.
 *
 * <p>EventSub type {@code channel.chat.notification}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param chatterUserId the chatter's user id ({@code chatter_user_id}); may be null: Twitch sends null when
 *     {@code chatterIsAnonymous} (an anonymous gift), though its reference does not say so
 * @param chatterUserLogin the chatter's login name ({@code chatter_user_login}); may be null: as {@code
 *     chatterUserId}
 * @param chatterUserName the chatter's display name ({@code chatter_user_name}); may be null: as {@code
 *     chatterUserId}
 * @param chatterIsAnonymous {@code chatter_is_anonymous}
 * @param color {@code color}; may be null: null or empty for an anonymous chatter, empty when the chatter never
 *     chose one
 * @param badges {@code badges}; empty when Twitch sends none
 * @param systemMessage {@code system_message}
 * @param messageId {@code message_id}
 * @param message {@code message}
 * @param noticeType {@code notice_type}
 * @param sub {@code sub}; may be null: null unless {@code noticeType} names it
 * @param resub {@code resub}; may be null: null unless {@code noticeType} names it
 * @param subGift {@code sub_gift}; may be null: null unless {@code noticeType} names it
 * @param communitySubGift {@code community_sub_gift}; may be null: null unless {@code noticeType} names it
 * @param giftPaidUpgrade {@code gift_paid_upgrade}; may be null: null unless {@code noticeType} names it
 * @param primePaidUpgrade {@code prime_paid_upgrade}; may be null: null unless {@code noticeType} names it
 * @param raid {@code raid}; may be null: null unless {@code noticeType} names it
 * @param unraid {@code unraid}; may be null: null unless {@code noticeType} names it
 * @param payItForward {@code pay_it_forward}; may be null: null unless {@code noticeType} names it
 * @param announcement {@code announcement}; may be null: null unless {@code noticeType} names it
 * @param bitsBadgeTier {@code bits_badge_tier}; may be null: null unless {@code noticeType} names it
 * @param charityDonation {@code charity_donation}; may be null: null unless {@code noticeType} names it
 * @param watchStreak {@code watch_streak}; may be null: null unless {@code noticeType} names it
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
 * @param isSourceOnly whether only the source channel's chat shows it ({@code is_source_only}); may be null: set
 *     only in a shared chat session
 * @param sharedChatSub {@code shared_chat_sub}; may be null: null unless {@code noticeType} names it
 * @param sharedChatResub {@code shared_chat_resub}; may be null: null unless {@code noticeType} names it
 * @param sharedChatSubGift {@code shared_chat_sub_gift}; may be null: null unless {@code noticeType} names it
 * @param sharedChatCommunitySubGift {@code shared_chat_community_sub_gift}; may be null: null unless {@code
 *     noticeType} names it
 * @param sharedChatGiftPaidUpgrade {@code shared_chat_gift_paid_upgrade}; may be null: null unless {@code
 *     noticeType} names it
 * @param sharedChatPrimePaidUpgrade {@code shared_chat_prime_paid_upgrade}; may be null: null unless {@code
 *     noticeType} names it
 * @param sharedChatRaid {@code shared_chat_raid}; may be null: null unless {@code noticeType} names it
 * @param sharedChatPayItForward {@code shared_chat_pay_it_forward}; may be null: null unless {@code noticeType}
 *     names it
 * @param sharedChatAnnouncement {@code shared_chat_announcement}; may be null: null unless {@code noticeType} names
 *     it
 * @param sharedChatUnraid {@code shared_chat_unraid}; may be null: null unless {@code noticeType} names it
 * @param sharedChatBitsBadgeTier {@code shared_chat_bits_badge_tier}; may be null: null unless {@code noticeType}
 *     names it
 * @param sharedChatCharityDonation {@code shared_chat_charity_donation}; may be null: null unless {@code
 *     noticeType} names it
 */
public record ChannelChatNotificationEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String chatterUserId,
        String chatterUserLogin,
        String chatterUserName,
        boolean chatterIsAnonymous,
        String color,
        List<ChatBadge> badges,
        String systemMessage,
        String messageId,
        ChatMessage message,
        ChatNoticeType noticeType,
        ChatNotificationSub sub,
        ChatNotificationResub resub,
        ChatNotificationSubGift subGift,
        ChatNotificationCommunitySubGift communitySubGift,
        ChatNotificationGiftPaidUpgrade giftPaidUpgrade,
        ChatNotificationPrimePaidUpgrade primePaidUpgrade,
        ChatNotificationRaid raid,
        ChatNotificationUnraid unraid,
        ChatNotificationPayItForward payItForward,
        ChatNotificationAnnouncement announcement,
        ChatNotificationBitsBadgeTier bitsBadgeTier,
        ChatNotificationCharityDonation charityDonation,
        ChatNotificationWatchStreak watchStreak,
        String sourceBroadcasterUserId,
        String sourceBroadcasterUserLogin,
        String sourceBroadcasterUserName,
        String sourceMessageId,
        List<ChatBadge> sourceBadges,
        Boolean isSourceOnly,
        ChatNotificationSub sharedChatSub,
        ChatNotificationResub sharedChatResub,
        ChatNotificationSubGift sharedChatSubGift,
        ChatNotificationCommunitySubGift sharedChatCommunitySubGift,
        ChatNotificationGiftPaidUpgrade sharedChatGiftPaidUpgrade,
        ChatNotificationPrimePaidUpgrade sharedChatPrimePaidUpgrade,
        ChatNotificationRaid sharedChatRaid,
        ChatNotificationPayItForward sharedChatPayItForward,
        ChatNotificationAnnouncement sharedChatAnnouncement,
        ChatNotificationUnraid sharedChatUnraid,
        ChatNotificationBitsBadgeTier sharedChatBitsBadgeTier,
        ChatNotificationCharityDonation sharedChatCharityDonation) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelChatNotificationEvent {
        badges = badges == null ? List.of() : List.copyOf(badges);
        sourceBadges = sourceBadges == null ? null : List.copyOf(sourceBadges);
    }
}
