package dev.twitchkit.auth;

/**
 * Twitch rejected a token and it could not be refreshed (the seed's {@code AuthFailure}): the user has to
 * authorize the application again.
 */
public class InvalidTokenException extends TokenException {
    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
