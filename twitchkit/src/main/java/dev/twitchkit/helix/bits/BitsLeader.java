package dev.twitchkit.helix.bits;

/**
 * A place on a channel's Bits leaderboard.
 *
 * @param userId the cheerer
 * @param userLogin the cheerer's login
 * @param userName the cheerer's display name
 * @param rank the place, from 1
 * @param score the Bits cheered in the period
 */
public record BitsLeader(String userId, String userLogin, String userName, int rank, int score) {
}
