package dev.twitchkit.helix.predictions;

/**
 * A viewer among an outcome's top predictors.
 *
 * @param userId the viewer's id
 * @param userName the viewer's display name
 * @param userLogin the viewer's login
 * @param channelPointsUsed the Channel Points the viewer spent
 * @param channelPointsWon the Channel Points paid out to the viewer: 0 for a losing outcome or before the
 *     prediction is resolved
 */
public record Predictor(String userId, String userName, String userLogin, int channelPointsUsed,
                        int channelPointsWon) {
}
