package dev.twitchkit.eventsub.event;

/**
 * A suspicious user's treatment was updated.
 *
 * <p>EventSub type {@code channel.suspicious_user.update}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param lowTrustStatus {@code low_trust_status}
 */
public record ChannelSuspiciousUserUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String userId,
        String userLogin,
        String userName,
        LowTrustStatus lowTrustStatus) implements EventSubEvent {
}
