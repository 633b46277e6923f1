package dev.twitchkit.eventsub.event;

/**
 * A user donated to the broadcaster's charity campaign.
 *
 * <p>EventSub type {@code channel.charity_campaign.donate}, version {@code 1}.
 *
 * @param id {@code id}
 * @param campaignId {@code campaign_id}
 * @param broadcasterId {@code broadcaster_id}
 * @param broadcasterLogin {@code broadcaster_login}
 * @param broadcasterName {@code broadcaster_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param charityName {@code charity_name}
 * @param charityDescription {@code charity_description}
 * @param charityLogo {@code charity_logo}
 * @param charityWebsite {@code charity_website}
 * @param amount {@code amount}
 */
public record ChannelCharityCampaignDonateEvent(
        String id,
        String campaignId,
        String broadcasterId,
        String broadcasterLogin,
        String broadcasterName,
        String userId,
        String userLogin,
        String userName,
        String charityName,
        String charityDescription,
        String charityLogo,
        String charityWebsite,
        CharityAmount amount) implements EventSubEvent {
}
