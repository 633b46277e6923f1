package dev.twitchkit.auth;

/** A token store could not read or write its tokens. The message names the place, never a token. */
public class TokenStoreException extends RuntimeException {
    /** The store failed; the message says what it was doing. */
    public TokenStoreException(String message) {
        super(message);
    }

    /** The store failed; the message says what it was doing, the cause why. */
    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
