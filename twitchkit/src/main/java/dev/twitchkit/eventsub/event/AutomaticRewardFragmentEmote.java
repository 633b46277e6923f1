package dev.twitchkit.eventsub.event;

/**
 * An emote inside an automatic reward's message.
 *
 * @param id the id Twitch gives it ({@code id})
 */
public record AutomaticRewardFragmentEmote(
        String id) {
}
