package dev.twitchkit.eventsub.event;

/**
 * A prediction outcome as announced at the start.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param title {@code title}
 * @param color {@code color}
 */
public record PredictionOutcome(
        String id,
        String title,
        PredictionOutcomeColor color) {
}
