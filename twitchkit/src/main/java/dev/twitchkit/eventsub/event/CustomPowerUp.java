package dev.twitchkit.eventsub.event;

/**
 * A custom Power-up as it was when redeemed; its price is in Bits.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param title {@code title}
 * @param bits {@code bits}
 * @param prompt {@code prompt}
 */
public record CustomPowerUp(
        String id,
        String title,
        int bits,
        String prompt) {
}
