package dev.twitchkit.auth;

/**
 * Twitch rejected a token and it could not be refreshed (the seed's {@code AuthFailure}): the user has to
 * authorize the application again.
 */
public class InvalidTokenException extends TokenException {
    /** Twitch refused the token; the message says why. */
    public InvalidTokenException(String message) {
        super(message);
    }

    /** Twitch refused the token; the message says why, the cause how it was found. */
    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
