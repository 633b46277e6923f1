package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * An amount donated through a chat charity notice. Twitch's reference names the exponent {@code decimal_place}
 * here and {@code decimal_places} everywhere else; either spelling is read.
 *
 * @param value {@code value}
 * @param decimalPlace {@code decimal_place} or {@code decimal_places}
 * @param currency {@code currency}
 */
public record ChatCharityAmount(
        int value,
        @JsonAlias("decimal_places") int decimalPlace,
        String currency) {
}
