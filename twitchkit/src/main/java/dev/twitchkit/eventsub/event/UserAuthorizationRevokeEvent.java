package dev.twitchkit.eventsub.event;

/**
 * A user revoked authorization from the client.
 *
 * <p>EventSub type {@code user.authorization.revoke}, version {@code 1}.
 *
 * @param clientId {@code client_id}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}; may be null: null when the user no longer exists
 * @param userName {@code user_name}; may be null: null when the user no longer exists
 */
public record UserAuthorizationRevokeEvent(
        String clientId,
        String userId,
        String userLogin,
        String userName) implements EventSubEvent {
}
