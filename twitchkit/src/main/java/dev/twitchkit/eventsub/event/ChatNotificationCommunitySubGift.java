package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code community_sub_gift} notice.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param total {@code total}
 * @param subTier {@code sub_tier}
 * @param cumulativeTotal {@code cumulative_total}; may be null: null when anonymous or the user hides it
 */
public record ChatNotificationCommunitySubGift(
        String id,
        int total,
        SubTier subTier,
        Integer cumulativeTotal) {
}
