package dev.twitchkit.helix.hypetrain;

/**
 * The state of a channel's hype trains.
 *
 * @param current the running train; null when none runs
 * @param allTimeHigh the channel's record; null when it never had a train
 * @param sharedAllTimeHigh the channel's record in shared trains; null when it never had one
 */
public record HypeTrainStatus(HypeTrain current, HypeTrainRecord allTimeHigh, HypeTrainRecord sharedAllTimeHigh) {
}
