package dev.twitchkit.auth;

import java.util.List;

/**
 * Where user tokens outlive the process. The registry writes through to it on every change and reads it once
 * at start. Implementations: {@link MemoryTokenStore} (the default), {@link JsonFileTokenStore},
 * {@link JdbcTokenStore}. App access tokens are not stored: a new one is a request away.
 */
public interface TokenStore extends AutoCloseable {
    /** Every stored token. */
    List<Token> loadAll();

    /** Inserts or replaces the token of {@code token.userId()}. */
    void save(Token token);

    /** Deletes a user's token; nothing happens when there is none. */
    void remove(String userId);

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }
}
