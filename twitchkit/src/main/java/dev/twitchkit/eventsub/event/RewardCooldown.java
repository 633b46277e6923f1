package dev.twitchkit.eventsub.event;

/**
 * The global cooldown of a custom reward.
 *
 * @param isEnabled whether enabled ({@code is_enabled})
 * @param seconds {@code seconds}
 */
public record RewardCooldown(
        boolean isEnabled,
        int seconds) {
}
