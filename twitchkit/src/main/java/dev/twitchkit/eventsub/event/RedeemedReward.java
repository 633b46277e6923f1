package dev.twitchkit.eventsub.event;

/**
 * Basic information about a reward as it was when redeemed.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param title {@code title}
 * @param cost {@code cost}
 * @param prompt {@code prompt}
 */
public record RedeemedReward(
        String id,
        String title,
        int cost,
        String prompt) {
}
