package dev.twitchkit.eventsub.event;

/**
 * A user granted authorization to the client.
 *
 * <p>EventSub type {@code user.authorization.grant}, version {@code 1}.
 *
 * @param clientId {@code client_id}
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 */
public record UserAuthorizationGrantEvent(
        String clientId,
        String userId,
        String userLogin,
        String userName) implements EventSubEvent {
}
