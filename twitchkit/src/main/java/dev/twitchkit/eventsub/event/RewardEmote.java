package dev.twitchkit.eventsub.event;

/**
 * The emote unlocked or used by an automatic reward.
 *
 * @param id {@code id}
 * @param name {@code name}
 */
public record RewardEmote(
        String id,
        String name) {
}
