package dev.twitchkit.eventsub.event;

/**
 * The global cooldown of a custom reward.
 *
 * @param isEnabled whether enabled ({@code is_enabled})
 * @param seconds {@code seconds}; may be null: Twitch sends null for a cooldown that is off (not in its
 *     reference)
 */
public record RewardCooldown(
        boolean isEnabled,
        Integer seconds) {
}
