package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;

/**
 * The broadcaster stopped a charity campaign.
 *
 * <p>EventSub type {@code channel.charity_campaign.stop}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterId the broadcaster's id ({@code broadcaster_id}, or {@code broadcaster_user_id} as the
 *     Twitch CLI and other senders write it)
 * @param broadcasterLogin the broadcaster's login name ({@code broadcaster_login} or {@code broadcaster_user_login})
 * @param broadcasterName the broadcaster's display name ({@code broadcaster_name} or {@code broadcaster_user_name})
 * @param charityName {@code charity_name}
 * @param charityDescription {@code charity_description}
 * @param charityLogo {@code charity_logo}
 * @param charityWebsite {@code charity_website}
 * @param currentAmount {@code current_amount}
 * @param targetAmount {@code target_amount}
 * @param stoppedAt the time in {@code stopped_at}, to Twitch's nanosecond precision
 */
public record ChannelCharityCampaignStopEvent(
        String id,
        @JsonAlias("broadcaster_user_id") String broadcasterId,
        @JsonAlias("broadcaster_user_login") String broadcasterLogin,
        @JsonAlias("broadcaster_user_name") String broadcasterName,
        String charityName,
        String charityDescription,
        String charityLogo,
        String charityWebsite,
        CharityAmount currentAmount,
        CharityAmount targetAmount,
        Instant stoppedAt) implements EventSubEvent {
}
