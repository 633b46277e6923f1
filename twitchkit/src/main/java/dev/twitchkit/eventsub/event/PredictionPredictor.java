package dev.twitchkit.eventsub.event;

/**
 * One of the users who used the most Channel Points on an outcome.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param channelPointsWon {@code channel_points_won}; may be null: null until the prediction is resolved; 0 for
 *     losers
 * @param channelPointsUsed {@code channel_points_used}
 */
public record PredictionPredictor(
        String userId,
        String userLogin,
        String userName,
        Integer channelPointsWon,
        int channelPointsUsed) {
}
