package dev.twitchkit.helix.channelpoints;

import java.time.Instant;

/**
 * A viewer's redemption of a custom reward.
 *
 * @param broadcasterId the channel's broadcaster id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param id the redemption's id
 * @param userId the id of the viewer who redeemed
 * @param userLogin the viewer's login name
 * @param userName the viewer's display name
 * @param userInput the text the viewer entered; empty when none was required
 * @param status UNFULFILLED, FULFILLED or CANCELED
 * @param redeemedAt when the reward was redeemed
 * @param reward the reward as it was when redeemed
 */
public record CustomRewardRedemption(String broadcasterId, String broadcasterLogin, String broadcasterName,
                                     String id, String userId, String userLogin, String userName, String userInput,
                                     RedemptionStatus status, Instant redeemedAt, Reward reward) {
    /**
     * The redeemed reward.
     *
     * @param id the reward's id
     * @param title the reward's title
     * @param prompt the reward's prompt
     * @param cost the reward's cost in Channel Points
     */
    public record Reward(String id, String title, String prompt, int cost) {
    }
}
