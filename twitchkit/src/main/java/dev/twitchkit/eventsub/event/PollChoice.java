package dev.twitchkit.eventsub.event;

/**
 * A poll choice as announced at the start.
 *
 * @param id {@code id}
 * @param title {@code title}
 */
public record PollChoice(
        String id,
        String title) {
}
