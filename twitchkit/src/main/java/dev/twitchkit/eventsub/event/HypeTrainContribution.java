package dev.twitchkit.eventsub.event;

/**
 * A contribution to a Hype Train.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
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
