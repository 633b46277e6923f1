package dev.twitchkit.eventsub.event;

/**
 * A poll choice with its votes so far.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param title {@code title}
 * @param bitsVotes {@code bits_votes}
 * @param channelPointsVotes {@code channel_points_votes}
 * @param votes {@code votes}
 */
public record PollChoiceResult(
        String id,
        String title,
        int bitsVotes,
        int channelPointsVotes,
        int votes) {
}
