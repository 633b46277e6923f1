package dev.twitchkit.eventsub.event;

/**
 * A user updated their account.
 *
 * <p>EventSub type {@code user.update}, version {@code 1}.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
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
