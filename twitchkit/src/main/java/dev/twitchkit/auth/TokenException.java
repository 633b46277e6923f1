package dev.twitchkit.auth;

/** A problem with a stored token: missing, no longer valid, or not refreshable. Never carries the secret. */
public class TokenException extends RuntimeException {
    public TokenException(String message) {
        super(message);
    }

    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
