package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a chat notification; the sub-object of the same name carries its details.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ChatNoticeType(String value) {
    /** {@code sub} */
    public static final ChatNoticeType SUB = new ChatNoticeType("sub");
    /** {@code resub} */
    public static final ChatNoticeType RESUB = new ChatNoticeType("resub");
    /** {@code sub_gift} */
    public static final ChatNoticeType SUB_GIFT = new ChatNoticeType("sub_gift");
    /** {@code community_sub_gift} */
    public static final ChatNoticeType COMMUNITY_SUB_GIFT = new ChatNoticeType("community_sub_gift");
    /** {@code gift_paid_upgrade} */
    public static final ChatNoticeType GIFT_PAID_UPGRADE = new ChatNoticeType("gift_paid_upgrade");
    /** {@code prime_paid_upgrade} */
    public static final ChatNoticeType PRIME_PAID_UPGRADE = new ChatNoticeType("prime_paid_upgrade");
    /** {@code raid} */
    public static final ChatNoticeType RAID = new ChatNoticeType("raid");
    /** {@code unraid} */
    public static final ChatNoticeType UNRAID = new ChatNoticeType("unraid");
    /** {@code pay_it_forward} */
    public static final ChatNoticeType PAY_IT_FORWARD = new ChatNoticeType("pay_it_forward");
    /** {@code announcement} */
    public static final ChatNoticeType ANNOUNCEMENT = new ChatNoticeType("announcement");
    /** {@code bits_badge_tier} */
    public static final ChatNoticeType BITS_BADGE_TIER = new ChatNoticeType("bits_badge_tier");
    /** {@code charity_donation} */
    public static final ChatNoticeType CHARITY_DONATION = new ChatNoticeType("charity_donation");
    /** {@code watch_streak} */
    public static final ChatNoticeType WATCH_STREAK = new ChatNoticeType("watch_streak");
    /** {@code shared_chat_sub} */
    public static final ChatNoticeType SHARED_CHAT_SUB = new ChatNoticeType("shared_chat_sub");
    /** {@code shared_chat_resub} */
    public static final ChatNoticeType SHARED_CHAT_RESUB = new ChatNoticeType("shared_chat_resub");
    /** {@code shared_chat_sub_gift} */
    public static final ChatNoticeType SHARED_CHAT_SUB_GIFT = new ChatNoticeType("shared_chat_sub_gift");
    /** {@code shared_chat_community_sub_gift} */
    public static final ChatNoticeType SHARED_CHAT_COMMUNITY_SUB_GIFT =
            new ChatNoticeType("shared_chat_community_sub_gift");
    /** {@code shared_chat_gift_paid_upgrade} */
    public static final ChatNoticeType SHARED_CHAT_GIFT_PAID_UPGRADE =
            new ChatNoticeType("shared_chat_gift_paid_upgrade");
    /** {@code shared_chat_prime_paid_upgrade} */
    public static final ChatNoticeType SHARED_CHAT_PRIME_PAID_UPGRADE =
            new ChatNoticeType("shared_chat_prime_paid_upgrade");
    /** {@code shared_chat_raid} */
    public static final ChatNoticeType SHARED_CHAT_RAID = new ChatNoticeType("shared_chat_raid");
    /** {@code shared_chat_pay_it_forward} */
    public static final ChatNoticeType SHARED_CHAT_PAY_IT_FORWARD = new ChatNoticeType("shared_chat_pay_it_forward");
    /** {@code shared_chat_announcement} */
    public static final ChatNoticeType SHARED_CHAT_ANNOUNCEMENT = new ChatNoticeType("shared_chat_announcement");
    /** {@code shared_chat_unraid} */
    public static final ChatNoticeType SHARED_CHAT_UNRAID = new ChatNoticeType("shared_chat_unraid");
    /** {@code shared_chat_bits_badge_tier} */
    public static final ChatNoticeType SHARED_CHAT_BITS_BADGE_TIER = new ChatNoticeType("shared_chat_bits_badge_tier");
    /** {@code shared_chat_charity_donation} */
    public static final ChatNoticeType SHARED_CHAT_CHARITY_DONATION =
            new ChatNoticeType("shared_chat_charity_donation");

    private static final List<ChatNoticeType> KNOWN = List.of(
            SUB, RESUB, SUB_GIFT, COMMUNITY_SUB_GIFT, GIFT_PAID_UPGRADE, PRIME_PAID_UPGRADE, RAID, UNRAID,
            PAY_IT_FORWARD, ANNOUNCEMENT, BITS_BADGE_TIER, CHARITY_DONATION, WATCH_STREAK, SHARED_CHAT_SUB,
            SHARED_CHAT_RESUB, SHARED_CHAT_SUB_GIFT, SHARED_CHAT_COMMUNITY_SUB_GIFT, SHARED_CHAT_GIFT_PAID_UPGRADE,
            SHARED_CHAT_PRIME_PAID_UPGRADE, SHARED_CHAT_RAID, SHARED_CHAT_PAY_IT_FORWARD, SHARED_CHAT_ANNOUNCEMENT,
            SHARED_CHAT_UNRAID, SHARED_CHAT_BITS_BADGE_TIER, SHARED_CHAT_CHARITY_DONATION);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ChatNoticeType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ChatNoticeType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ChatNoticeType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ChatNoticeType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ChatNoticeType> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** The value as Twitch sends it. */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
