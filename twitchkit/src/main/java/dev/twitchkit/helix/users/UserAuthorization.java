package dev.twitchkit.helix.users;

import java.util.List;

/**
 * The scopes a user granted the application.
 *
 * @param userId the user
 * @param userName the display name
 * @param userLogin the login name
 * @param scopes every scope granted to the application's client id
 */
public record UserAuthorization(String userId, String userName, String userLogin, List<String> scopes) {
    /** Copies the collections; null counts as empty. */
    public UserAuthorization {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
