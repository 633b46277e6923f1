package dev.twitchkit.helix.channelpoints;

import dev.twitchkit.eventsub.event.RewardImage;
import java.time.Instant;

/**
 * A custom Channel Points reward.
 *
 * @param broadcasterId the channel's broadcaster id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param id the reward's id
 * @param title the reward's title
 * @param prompt the prompt shown when user input is required
 * @param cost the cost in Channel Points
 * @param image the custom images; null when the broadcaster uploaded none
 * @param defaultImage Twitch's default images
 * @param backgroundColor the background colour, e.g. {@code #9147FF}
 * @param isEnabled whether viewers see the reward
 * @param isUserInputRequired whether the viewer must enter text
 * @param maxPerStreamSetting the limit of redemptions per stream
 * @param maxPerUserPerStreamSetting the limit of redemptions per user per stream
 * @param globalCooldownSetting the cooldown between redemptions
 * @param isPaused whether redemptions are paused
 * @param isInStock whether the reward is in stock
 * @param shouldRedemptionsSkipRequestQueue whether redemptions are FULFILLED at once
 * @param redemptionsRedeemedCurrentStream redemptions in the current stream; null when offline or unlimited
 * @param cooldownExpiresAt when the cooldown ends; null when not cooling down
 */
public record CustomReward(String broadcasterId, String broadcasterLogin, String broadcasterName, String id,
                           String title, String prompt, int cost, RewardImage image, RewardImage defaultImage,
                           String backgroundColor, boolean isEnabled, boolean isUserInputRequired,
                           MaxPerStreamSetting maxPerStreamSetting,
                           MaxPerUserPerStreamSetting maxPerUserPerStreamSetting,
                           GlobalCooldownSetting globalCooldownSetting, boolean isPaused, boolean isInStock,
                           boolean shouldRedemptionsSkipRequestQueue, Integer redemptionsRedeemedCurrentStream,
                           Instant cooldownExpiresAt) {

    /**
     * The limit of redemptions per live stream.
     *
     * @param isEnabled whether the limit applies
     * @param maxPerStream the limit
     */
    public record MaxPerStreamSetting(boolean isEnabled, int maxPerStream) {
    }

    /**
     * The limit of redemptions per user per live stream.
     *
     * @param isEnabled whether the limit applies
     * @param maxPerUserPerStream the limit
     */
    public record MaxPerUserPerStreamSetting(boolean isEnabled, int maxPerUserPerStream) {
    }

    /**
     * The cooldown between redemptions.
     *
     * @param isEnabled whether the cooldown applies
     * @param globalCooldownSeconds the cooldown in seconds
     */
    public record GlobalCooldownSetting(boolean isEnabled, int globalCooldownSeconds) {
    }
}
