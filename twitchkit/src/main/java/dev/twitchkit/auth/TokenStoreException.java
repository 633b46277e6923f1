package dev.twitchkit.auth;

/** A token store could not read or write its tokens. The message names the place, never a token. */
public class TokenStoreException extends RuntimeException {
    public TokenStoreException(String message) {
        super(message);
    }

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
