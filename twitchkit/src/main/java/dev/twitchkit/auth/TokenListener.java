package dev.twitchkit.auth;

/**
 * Hears about token changes (the seed's {@code token_update} and {@code token_remove} events). Only the user
 * id is passed; read the token from the registry if it must be persisted elsewhere. Called on the thread
 * that made the change; keep it short.
 */
public interface TokenListener {
    /** A token was added, validated, refreshed or had its refresh token rotated. */
    default void onTokenUpdate(String userId) {
    }

    /** A token was removed: by the application, or because Twitch rejected it and it could not be refreshed. */
    default void onTokenRemove(String userId) {
    }

    /**
     * A refresh this process ran ended with a usable token (also announced as {@link #onTokenUpdate}); callers that
     * joined it do not count again. For metrics; the app token's renewal counts too, under the client id.
     */
    default void onTokenRefreshed(String userId) {
    }

    /**
     * A refresh this process ran failed: Twitch rejected the refresh token (the token was then removed), or Twitch
     * could not be reached (the token stays and is tried again).
     *
     * @param cause what failed; never carries a token
     */
    default void onTokenRefreshFailed(String userId, Throwable cause) {
    }
}
