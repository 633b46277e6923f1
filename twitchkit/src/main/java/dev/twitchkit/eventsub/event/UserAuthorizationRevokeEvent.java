package dev.twitchkit.eventsub.event;

/**
 * A user revoked authorization from the client.
 *
 * <p>EventSub type {@code user.authorization.revoke}, version {@code 1}.
 *
 * @param clientId {@code client_id}
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login}); may be null: null when the user no longer exists
 * @param userName the user's display name ({@code user_name}); may be null: null when the user no longer exists
 */
public record UserAuthorizationRevokeEvent(
        String clientId,
        String userId,
        String userLogin,
        String userName) implements EventSubEvent {
}
