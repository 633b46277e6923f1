package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code bits_badge_tier} notice.
 *
 * @param tier {@code tier}
 */
public record ChatNotificationBitsBadgeTier(
        int tier) {
}
