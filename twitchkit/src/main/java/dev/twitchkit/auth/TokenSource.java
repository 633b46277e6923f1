package dev.twitchkit.auth;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the Helix layer needs from whoever keeps tokens: the current access token of a key (a user id, or the
 * client id for the app token), and a refresh after Twitch answered 401.
 */
public interface TokenSource {
    /** The current access token of {@code key}; a {@link MissingTokenException} when there is none. */
    String accessToken(String key);

    /**
     * Makes sure {@code key} has a token newer than {@code rejectedAccessToken}: refreshes it unless someone
     * already did. Concurrent callers share one refresh. Fails with a {@link TokenException} when the token
     * cannot be refreshed (it is then removed).
     */
    CompletableFuture<Void> refreshAfterUnauthorized(String key, String rejectedAccessToken);

    /**
     * The scopes {@code key}'s token is known to have (after Twitch validated or refreshed it); empty when not
     * known, for instance a token added without validation, or the app token (which has none).
     */
    default Optional<ScopeSet> knownScopes(String key) {
        return Optional.empty();
    }
}
