package dev.twitchkit.helix.polls;

/**
 * One choice of a poll with its votes.
 *
 * @param id the choice's id
 * @param title the choice, at most 25 characters
 * @param votes every vote cast for it, Channel Points votes included
 * @param channelPointsVotes the votes bought with Channel Points
 * @param bitsVotes not used by Twitch any more: always 0
 */
public record PollChoice(String id, String title, int votes, int channelPointsVotes, int bitsVotes) {
}
