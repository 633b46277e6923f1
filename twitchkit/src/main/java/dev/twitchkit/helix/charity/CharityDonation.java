package dev.twitchkit.helix.charity;

import dev.twitchkit.eventsub.event.CharityAmount;

/**
 * A donation to a charity campaign.
 *
 * @param id the donation's id
 * @param campaignId the campaign's id
 * @param userId the donor's user id
 * @param userLogin the donor's login name
 * @param userName the donor's display name
 * @param amount the amount donated
 */
public record CharityDonation(String id, String campaignId, String userId, String userLogin, String userName,
                              CharityAmount amount) {
}
