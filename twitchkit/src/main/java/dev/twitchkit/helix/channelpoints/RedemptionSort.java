package dev.twitchkit.helix.channelpoints;

/** The order of Get Custom Reward Redemption's list. */
public enum RedemptionSort {
    /** Oldest first (Twitch's default). */
    OLDEST,
    /** Newest first. */
    NEWEST
}
