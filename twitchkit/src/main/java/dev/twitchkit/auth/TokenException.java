package dev.twitchkit.auth;

/** A problem with a stored token: missing, no longer valid, or not refreshable. Never carries the secret. */
public class TokenException extends RuntimeException {
    /** An error about a token, with its message (never a secret). */
    public TokenException(String message) {
        super(message);
    }

    /** An error about a token, with its message (never a secret) and cause. */
    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
