package dev.twitchkit.auth;

import java.util.Optional;

/**
 * A {@link TokenStore} that several processes share, so that one user's token is refreshed by one of them only:
 * Twitch rotates the refresh token on every refresh and refuses the old one, so two processes refreshing the same
 * token at once would leave one of them without a token. {@link TokenMaintenance} uses it when the registry's store
 * has it: a refresh runs under {@link #lock(String)} after re-reading the stored token (another process may have
 * refreshed or removed it meanwhile), and a validation re-reads the stored token first.
 */
public interface SharedTokenStore extends TokenStore {
    /** The token of {@code userId} as stored now, which another process may have changed; empty when none is. */
    Optional<Token> load(String userId);

    /**
     * Locks the stored token of {@code userId} against the other processes until the returned lock is closed;
     * blocks while another process holds it. Writes of the token through the lock are seen by the others when it
     * is closed.
     */
    TokenLock lock(String userId);

    /** One user's stored token, held against the other processes until closed. Not for use by several threads. */
    interface TokenLock extends AutoCloseable {
        /** The token as stored when the lock was taken (after the previous holder's changes); empty when none is. */
        Optional<Token> token();

        /** Stores {@code token} (of the locked user) as part of the lock's changes. */
        void save(Token token);

        /** Deletes the locked user's token as part of the lock's changes. */
        void remove();

        /** Makes the changes visible to the other processes and releases the lock. */
        @Override
        void close();
    }
}
