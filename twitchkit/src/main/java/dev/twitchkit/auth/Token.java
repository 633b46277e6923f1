package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token the registry holds: whose it is, the secrets, what it may do and how fresh it is.
 * {@link #toString()} never shows the access or refresh token.
 *
 * @param userId the user's id, or the client id for the app access token (the seed's convention)
 * @param login the user's login as {@code /validate} reported it; null when never validated
 * @param accessToken the access token (secret)
 * @param refreshToken the refresh token (secret); null for app tokens and tokens without one
 * @param scopes the scopes Twitch reported
 * @param expiresAt when the access token expires; null when unknown
 * @param lastValidated when {@code /validate} last accepted it; null when never
 * @param app whether this is the application's token rather than a user's
 */
public record Token(String userId, String login, String accessToken, String refreshToken, ScopeSet scopes,
                   Instant expiresAt, Instant lastValidated, boolean app) {
    /** Checks the user id and access token; a blank refresh token counts as none. */
    public Token {
        Checks.notBlank(userId, "userId");
        Checks.notBlank(accessToken, "accessToken");
        if (refreshToken != null && refreshToken.isBlank()) {
            refreshToken = null;
        }
        scopes = scopes == null ? ScopeSet.empty() : scopes;
    }

    /** A user token known only by its strings, as {@code addToken} stores it. */
    public static Token ofUser(String userId, String accessToken, String refreshToken) {
        return new Token(userId, null, accessToken, refreshToken, ScopeSet.empty(), null, null, false);
    }

    /**
     * A user token whose owner the caller knows without asking Twitch, for
     * {@link dev.twitchkit.ClientUser#loginWithoutValidation}.
     *
     * @param login the user's login, or null when not known
     * @param scopes the scopes the user granted; empty when not known (then Twitch alone judges them)
     */
    public static Token ofUser(String userId, String login, String accessToken, String refreshToken,
                               ScopeSet scopes) {
        return new Token(userId, login, accessToken, refreshToken, scopes, null, null, false);
    }

    /** The refresh token, if the token has one. */
    public Optional<String> refreshTokenIfAny() {
        return Optional.ofNullable(refreshToken);
    }

    /** Time left before expiry at {@code now}; empty when the expiry is unknown. */
    public Optional<Duration> remaining(Instant now) {
        return expiresAt == null ? Optional.empty() : Optional.of(Duration.between(now, expiresAt));
    }

    /** A copy after {@code /validate} accepted it at {@code now}. */
    public Token validated(String login, ScopeSet scopes, Instant expiresAt, Instant now) {
        return new Token(userId, login != null ? login : this.login, accessToken, refreshToken, scopes, expiresAt,
                now, app);
    }

    /** A copy with new secrets after a refresh; a null refresh token keeps the old one. */
    public Token refreshed(String accessToken, String refreshToken, ScopeSet scopes, Instant expiresAt,
                           Instant now) {
        return new Token(userId, login, accessToken, refreshToken != null ? refreshToken : this.refreshToken,
                scopes == null || scopes.isEmpty() ? this.scopes : scopes, expiresAt, now, app);
    }

    @Override
    public String toString() {
        return "Token[userId=" + userId + ", login=" + login + ", app=" + app + ", scopes=" + scopes
                + ", expiresAt=" + expiresAt + ", lastValidated=" + lastValidated
                + ", refreshable=" + (refreshToken != null) + "]";
    }
}
