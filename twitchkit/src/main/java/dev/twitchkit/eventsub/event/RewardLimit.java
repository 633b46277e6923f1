package dev.twitchkit.eventsub.event;

/**
 * A per-stream or per-user redemption limit of a custom reward.
 *
 * @param isEnabled whether enabled ({@code is_enabled})
 * @param value {@code value}; may be null: Twitch sends null for a limit that is off (not in its reference)
 */
public record RewardLimit(
        boolean isEnabled,
        Integer value) {
}
