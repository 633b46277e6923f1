package dev.twitchkit.eventsub.event;

/**
 * A per-stream or per-user redemption limit of a custom reward.
 *
 * @param isEnabled whether enabled ({@code is_enabled})
 * @param value {@code value}
 */
public record RewardLimit(
        boolean isEnabled,
        int value) {
}
