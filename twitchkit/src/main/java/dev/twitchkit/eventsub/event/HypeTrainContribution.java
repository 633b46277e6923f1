package dev.twitchkit.eventsub.event;

/**
 * A contribution to a Hype Train.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param type {@code type}
 * @param total {@code total}
 */
public record HypeTrainContribution(
        String userId,
        String userLogin,
        String userName,
        HypeTrainContributionType type,
        int total) {
}
