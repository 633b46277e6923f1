package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tokens of one application keyed by user id (the app token under the client id). Every change is
 * written through to the {@link TokenStore} (user tokens only) and announced to the {@link TokenListener}s.
 * Thread safe.
 */
public final class TokenRegistry {
    private static final Logger log = LoggerFactory.getLogger(TokenRegistry.class);

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /**
     * Refresh tokens this registry saw replaced (by a refresh that rotated them) → the user they belonged to, so a
     * caller holding a pair from before the refresh (loaded from a file, say) is led to its successor rather than
     * refused by Twitch. Keyed by a digest: the old secrets are not kept.
     */
    private final Map<String, String> replacedRefreshTokens = new ConcurrentHashMap<>();
    private final List<TokenListener> listeners = new CopyOnWriteArrayList<>();
    private final TokenStore store;

    /** A registry persisting to {@code store}. */
    public TokenRegistry(TokenStore store) {
        this.store = Checks.notNull(store, "store");
    }

    /** Loads what the store holds, without announcing it. Returns how many tokens were loaded. */
    public int loadFromStore() {
        List<Token> stored = store.loadAll();
        stored.forEach(t -> tokens.put(t.userId(), t));
        return stored.size();
    }

    /** Adds or replaces a token, stores it and announces {@code onTokenUpdate}. */
    public void put(Token token) {
        Checks.notNull(token, "token");
        noteReplaced(tokens.put(token.userId(), token), token);
        if (!token.app()) {
            store.save(token);
        }
        log.debug("token updated for {}", token.userId());
        listeners.forEach(l -> notify(l, token.userId(), true));
    }

    /**
     * Replaces a token only if the current one still has {@code expectedAccessToken}, so a late update cannot
     * undo a newer refresh. Returns whether it was replaced.
     */
    public boolean replace(String expectedAccessToken, Token token) {
        Token current = tokens.get(token.userId());
        if (current == null || !current.accessToken().equals(expectedAccessToken)) {
            return false;
        }
        put(token);
        return true;
    }

    private void noteReplaced(Token before, Token after) {
        if (before != null && before.refreshToken() != null && !before.app()
                && !before.refreshToken().equals(after.refreshToken())) {
            replacedRefreshTokens.put(digest(before.refreshToken()), before.userId());
        }
    }

    /**
     * The current token that took over from {@code refreshToken} when this registry saw it replaced, if the user's
     * token is still held: a pair read before a refresh rotated it resolves to the pair that works now.
     */
    public Optional<Token> successorOf(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        String userId = replacedRefreshTokens.get(digest(refreshToken));
        return userId == null ? Optional.empty() : get(userId);
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Removes a token locally, deletes it from the store and announces {@code onTokenRemove}. */
    public Optional<Token> remove(String userId) {
        Token removed = tokens.remove(userId);
        replacedRefreshTokens.values().removeIf(id -> id.equals(userId));
        if (removed != null) {
            if (!removed.app()) {
                store.remove(userId);
            }
            log.debug("token removed for {}", userId);
            listeners.forEach(l -> notify(l, userId, false));
        }
        return Optional.ofNullable(removed);
    }

    /**
     * Takes a token that another process already stored (a {@link SharedTokenStore}): held and announced as
     * {@code onTokenUpdate}, but not written back.
     */
    public void adopt(Token token) {
        Checks.notNull(token, "token");
        noteReplaced(tokens.put(token.userId(), token), token);
        log.debug("token of {} taken from the store", token.userId());
        listeners.forEach(l -> notify(l, token.userId(), true));
    }

    /**
     * Drops a token that another process already deleted from the store: announced as {@code onTokenRemove} if
     * it was held, not deleted again.
     */
    public Optional<Token> forget(String userId) {
        Token removed = userId == null ? null : tokens.remove(userId);
        if (removed != null) {
            log.debug("token of {} is gone from the store", userId);
            listeners.forEach(l -> notify(l, userId, false));
        }
        return Optional.ofNullable(removed);
    }

    /** The token of {@code userId} (or of the client id for the app token), if held. */
    public Optional<Token> get(String userId) {
        return Optional.ofNullable(userId == null ? null : tokens.get(userId));
    }

    /** The token or a {@link MissingTokenException}. */
    public Token require(String userId) {
        return get(userId).orElseThrow(() -> new MissingTokenException(userId));
    }

    /** A snapshot of every token. */
    public Collection<Token> all() {
        return List.copyOf(tokens.values());
    }

    /** Tells {@code listener} of every token update and removal. */
    public void addListener(TokenListener listener) {
        listeners.add(Checks.notNull(listener, "listener"));
    }

    /** Stops telling {@code listener}. */
    public void removeListener(TokenListener listener) {
        listeners.remove(listener);
    }

    /** Where tokens are persisted. */
    public TokenStore store() {
        return store;
    }

    /** Tells the listeners how a refresh of {@code userId}'s token ended ({@code failure} null: it worked). */
    void announceRefresh(String userId, Throwable failure) {
        for (TokenListener listener : listeners) {
            try {
                if (failure == null) {
                    listener.onTokenRefreshed(userId);
                } else {
                    listener.onTokenRefreshFailed(userId, failure);
                }
            } catch (RuntimeException e) {
                log.warn("token listener failed for {}: {}", userId, e.toString());
            }
        }
    }

    private static void notify(TokenListener listener, String userId, boolean update) {
        try {
            if (update) {
                listener.onTokenUpdate(userId);
            } else {
                listener.onTokenRemove(userId);
            }
        } catch (RuntimeException e) {
            // One faulty listener must not stop the others nor the maintenance that triggered the event.
            log.warn("token listener failed for {}: {}", userId, e.toString());
        }
    }
}
