package dev.twitchkit.eventsub.event;

/**
 * A user updated their account.
 *
 * <p>EventSub type {@code user.update}, version {@code 1}.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param email {@code email}; may be null: null without the user:read:email scope
 * @param emailVerified {@code email_verified}
 * @param description {@code description}
 */
public record UserUpdateEvent(
        String userId,
        String userLogin,
        String userName,
        String email,
        boolean emailVerified,
        String description) implements EventSubEvent {
}
