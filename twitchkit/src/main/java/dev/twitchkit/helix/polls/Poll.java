package dev.twitchkit.helix.polls;

import java.time.Instant;
import java.util.List;

/**
 * A poll, as Get Polls, Create Poll and End Poll answer it.
 *
 * @param id the poll's id
 * @param broadcasterId the channel's broadcaster
 * @param broadcasterName the broadcaster's display name
 * @param broadcasterLogin the broadcaster's login
 * @param title the question, at most 60 characters
 * @param choices the 2 to 5 choices with their votes so far
 * @param bitsVotingEnabled not used by Twitch any more: always false
 * @param bitsPerVote not used by Twitch any more: always 0
 * @param channelPointsVotingEnabled whether viewers may buy extra votes with Channel Points
 * @param channelPointsPerVote the price of one extra vote in Channel Points
 * @param status running, completed, terminated, archived…
 * @param duration how long the poll runs, in seconds
 * @param startedAt when it began
 * @param endedAt when it ended; null while it is {@link PollStatus#ACTIVE}
 */
public record Poll(String id, String broadcasterId, String broadcasterName, String broadcasterLogin, String title,
                   List<PollChoice> choices, boolean bitsVotingEnabled, int bitsPerVote,
                   boolean channelPointsVotingEnabled, int channelPointsPerVote, PollStatus status, int duration,
                   Instant startedAt, Instant endedAt) {
    /** Copies the choices so the record stays immutable. */
    public Poll {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
