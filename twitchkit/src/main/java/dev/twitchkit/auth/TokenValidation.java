package dev.twitchkit.auth;

import java.time.Duration;

/**
 * What {@code GET /oauth2/validate} says about a token.
 *
 * @param clientId the application the token belongs to
 * @param login the user's login; null for app tokens
 * @param userId the user's id; null for app tokens
 * @param scopes the granted scopes
 * @param expiresIn time left; zero for tokens that do not expire
 */
public record TokenValidation(String clientId, String login, String userId, ScopeSet scopes, Duration expiresIn) {
    /** Whether the token is an app access token (it has no user). */
    public boolean isAppToken() {
        return userId == null;
    }
}
