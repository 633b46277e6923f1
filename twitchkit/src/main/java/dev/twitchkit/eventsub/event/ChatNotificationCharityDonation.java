package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code charity_donation} notice.
 *
 * @param charityName {@code charity_name}
 * @param amount {@code amount}
 */
public record ChatNotificationCharityDonation(
        String charityName,
        ChatCharityAmount amount) {
}
