package dev.twitchkit.eventsub.event;

/**
 * An amount of money: {@code value} in the currency's minor units ({@code value / 10^decimalPlaces}).
 *
 * @param value {@code value}
 * @param decimalPlaces {@code decimal_places}
 * @param currency {@code currency}
 */
public record CharityAmount(
        int value,
        int decimalPlaces,
        String currency) {
}
