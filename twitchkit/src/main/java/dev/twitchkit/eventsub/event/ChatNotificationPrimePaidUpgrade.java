package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code prime_paid_upgrade} notice.
 *
 * @param subTier {@code sub_tier}
 */
public record ChatNotificationPrimePaidUpgrade(
        SubTier subTier) {
}
