package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A custom Channel Points reward was created.
 *
 * <p>EventSub type {@code channel.channel_points_custom_reward.add}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param isEnabled whether enabled ({@code is_enabled})
 * @param isPaused whether paused ({@code is_paused})
 * @param isInStock whether in stock ({@code is_in_stock})
 * @param title {@code title}
 * @param cost {@code cost}
 * @param prompt {@code prompt}
 * @param isUserInputRequired whether user input required ({@code is_user_input_required})
 * @param shouldRedemptionsSkipRequestQueue {@code should_redemptions_skip_request_queue}
 * @param cooldownExpiresAt the time in {@code cooldown_expires_at}, to Twitch's nanosecond precision; may be null:
 *     null unless in cooldown
 * @param redemptionsRedeemedCurrentStream {@code redemptions_redeemed_current_stream}; may be null: null when the
 *     channel is offline or the limit is off
 * @param maxPerStream {@code max_per_stream}
 * @param maxPerUserPerStream {@code max_per_user_per_stream}
 * @param globalCooldown {@code global_cooldown}
 * @param backgroundColor {@code background_color}
 * @param image {@code image}; may be null: null when the broadcaster uploaded none
 * @param defaultImage {@code default_image}
 */
public record ChannelChannelPointsCustomRewardAddEvent(
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
