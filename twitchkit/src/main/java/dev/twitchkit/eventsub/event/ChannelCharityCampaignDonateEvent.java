package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A user donated to the broadcaster's charity campaign.
 *
 * <p>EventSub type {@code channel.charity_campaign.donate}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param campaignId {@code campaign_id}
 * @param broadcasterId the broadcaster's id ({@code broadcaster_id}, or {@code broadcaster_user_id} as the
 *     Twitch CLI and other senders write it)
 * @param broadcasterLogin the broadcaster's login name ({@code broadcaster_login} or {@code broadcaster_user_login})
 * @param broadcasterName the broadcaster's display name ({@code broadcaster_name} or {@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param charityName {@code charity_name}
 * @param charityDescription {@code charity_description}
 * @param charityLogo {@code charity_logo}
 * @param charityWebsite {@code charity_website}
 * @param amount {@code amount}
 */
public record ChannelCharityCampaignDonateEvent(
        String id,
        String campaignId,
        @JsonAlias("broadcaster_user_id") String broadcasterId,
        @JsonAlias("broadcaster_user_login") String broadcasterLogin,
        @JsonAlias("broadcaster_user_name") String broadcasterName,
        String userId,
        String userLogin,
        String userName,
        String charityName,
        String charityDescription,
        String charityLogo,
        String charityWebsite,
        CharityAmount amount) implements EventSubEvent {
}
