package dev.twitchkit.eventsub.event;

/**
 * The custom Power-up bought with Bits.
 *
 * @param title {@code title}
 * @param rewardId {@code reward_id}
 */
public record BitsCustomPowerUp(
        String title,
        String rewardId) {
}
