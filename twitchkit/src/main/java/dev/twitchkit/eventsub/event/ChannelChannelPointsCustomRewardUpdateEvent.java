package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A custom Channel Points reward was updated.
 *
 * <p>EventSub type {@code channel.channel_points_custom_reward.update}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param isEnabled {@code is_enabled}
 * @param isPaused {@code is_paused}
 * @param isInStock {@code is_in_stock}
 * @param title {@code title}
 * @param cost {@code cost}
 * @param prompt {@code prompt}
 * @param isUserInputRequired {@code is_user_input_required}
 * @param shouldRedemptionsSkipRequestQueue {@code should_redemptions_skip_request_queue}
 * @param cooldownExpiresAt {@code cooldown_expires_at}; may be null: null unless in cooldown
 * @param redemptionsRedeemedCurrentStream {@code redemptions_redeemed_current_stream}; may be null: null when the
 *     channel is offline or the limit is off
 * @param maxPerStream {@code max_per_stream}
 * @param maxPerUserPerStream {@code max_per_user_per_stream}
 * @param globalCooldown {@code global_cooldown}
 * @param backgroundColor {@code background_color}
 * @param image {@code image}; may be null: null when the broadcaster uploaded none
 * @param defaultImage {@code default_image}
 */
public record ChannelChannelPointsCustomRewardUpdateEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        boolean isEnabled,
        boolean isPaused,
        boolean isInStock,
        String title,
        int cost,
        String prompt,
        boolean isUserInputRequired,
        boolean shouldRedemptionsSkipRequestQueue,
        Instant cooldownExpiresAt,
        Integer redemptionsRedeemedCurrentStream,
        RewardLimit maxPerStream,
        RewardLimit maxPerUserPerStream,
        RewardCooldown globalCooldown,
        String backgroundColor,
        RewardImage image,
        RewardImage defaultImage) implements EventSubEvent {
}
