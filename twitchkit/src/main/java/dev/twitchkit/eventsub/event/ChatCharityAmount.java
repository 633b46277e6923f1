package dev.twitchkit.eventsub.event;

/**
 * An amount donated through a chat charity notice (Twitch names the exponent {@code decimal_place}).
 *
 * @param value {@code value}
 * @param decimalPlace {@code decimal_place}
 * @param currency {@code currency}
 */
public record ChatCharityAmount(
        int value,
        int decimalPlace,
        String currency) {
}
