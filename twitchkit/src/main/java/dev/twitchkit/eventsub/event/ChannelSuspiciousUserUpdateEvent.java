package dev.twitchkit.eventsub.event;

/**
 * A suspicious user's treatment was updated.
 *
 * <p>EventSub type {@code channel.suspicious_user.update}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
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
