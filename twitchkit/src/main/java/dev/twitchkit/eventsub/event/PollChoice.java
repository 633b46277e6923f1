package dev.twitchkit.eventsub.event;

/**
 * A poll choice as announced at the start.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param title {@code title}
 */
public record PollChoice(
        String id,
        String title) {
}
