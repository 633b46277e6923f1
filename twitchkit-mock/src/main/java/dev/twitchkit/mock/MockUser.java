package dev.twitchkit.mock;

import java.time.Instant;
import java.util.Set;

/**
 * A user the mock created, with the user access token it issued for the mock's default client.
 * The token strings are secrets of the mock's world: {@link #toString()} leaves them out.
 */
public record MockUser(String id, String login, String displayName, String accessToken, String refreshToken,
                       Set<String> scopes, Instant expiresAt) {
    public MockUser {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "MockUser[id=" + id + ", login=" + login + ", scopes=" + scopes + "]";
    }
}
