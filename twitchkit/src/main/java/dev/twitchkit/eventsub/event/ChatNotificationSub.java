package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code sub} notice.
 *
 * @param subTier {@code sub_tier}
 * @param isPrime whether prime ({@code is_prime})
 * @param durationMonths {@code duration_months}
 */
public record ChatNotificationSub(
        SubTier subTier,
        boolean isPrime,
        int durationMonths) {
}
