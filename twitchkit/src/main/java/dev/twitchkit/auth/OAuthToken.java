package dev.twitchkit.auth;

import java.time.Duration;

/**
 * What Twitch's token endpoint returns. {@link #toString()} leaves the secrets out.
 *
 * @param accessToken the access token (secret)
 * @param refreshToken the refresh token (secret); null for client credentials
 * @param expiresIn lifetime from now; null when Twitch did not say
 * @param scopes granted scopes
 * @param tokenType {@code bearer}
 */
public record OAuthToken(String accessToken, String refreshToken, Duration expiresIn, ScopeSet scopes,
                         String tokenType) {
    /** Checks the token is there; the scopes default to none. */
    public OAuthToken {
        scopes = scopes == null ? ScopeSet.empty() : scopes;
    }

    @Override
    public String toString() {
        return "OAuthToken[scopes=" + scopes + ", expiresIn=" + expiresIn + ", tokenType=" + tokenType
                + ", refreshable=" + (refreshToken != null) + "]";
    }
}
