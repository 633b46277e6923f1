package dev.twitchkit.eventsub.event;

/**
 * The emote unlocked or used by an automatic reward.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param name {@code name}
 */
public record RewardEmote(
        String id,
        String name) {
}
