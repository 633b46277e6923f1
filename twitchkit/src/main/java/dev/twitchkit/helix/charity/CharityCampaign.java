package dev.twitchkit.helix.charity;

import dev.twitchkit.eventsub.event.CharityAmount;

/**
 * The broadcaster's active charity campaign.
 *
 * @param id the campaign's id
 * @param broadcasterId the broadcaster's user id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param charityName the charity's name
 * @param charityDescription the charity's description
 * @param charityLogo the address of the charity's logo (PNG, 100 x 100)
 * @param charityWebsite the charity's website
 * @param currentAmount the donations so far
 * @param targetAmount the fundraising goal; null when the broadcaster set none
 */
public record CharityCampaign(String id, String broadcasterId, String broadcasterLogin, String broadcasterName,
                              String charityName, String charityDescription, String charityLogo,
                              String charityWebsite, CharityAmount currentAmount, CharityAmount targetAmount) {
}
