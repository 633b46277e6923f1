package dev.twitchkit.auth;

import dev.twitchkit.internal.Futures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link TokenMaintenance} does differently when the registry's store is a {@link SharedTokenStore}: a
 * refresh runs under the store's lock and only if the stored token still is the one this process holds (another
 * process may have refreshed or removed it meanwhile, and Twitch refuses a refresh token used twice); a token is
 * re-read from the store before it is validated. Waiting for the lock blocks, so it happens on threads of its own
 * (daemon threads that end when idle), never on the caller's.
 */
final class SharedTokens {
    private static final Logger log = LoggerFactory.getLogger(SharedTokens.class);

    private final TokenRegistry registry;
    private final SharedTokenStore store;
    private final ExecutorService lockWaiters = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "twitchkit-token-lock");
        t.setDaemon(true);
        return t;
    });

    SharedTokens(TokenRegistry registry, SharedTokenStore store) {
        this.registry = registry;
        this.store = store;
    }

    /**
     * The token to use instead of {@code held}: the stored one when another process changed it (taken into the
     * registry); an {@link InvalidTokenException} when another process removed it (dropped from the registry).
     */
    Token pickUp(Token held) {
        Optional<Token> stored = store.load(held.userId());
        return adoptStored(held, stored);
    }

    /**
     * Refreshes {@code held} through {@code redeem} under the store's lock, unless the stored token is no longer
     * {@code held}: then that one is used. {@code redeem} fails with an {@link InvalidTokenException} when Twitch
     * rejected the refresh token; the token is then deleted from the store.
     */
    CompletableFuture<Token> refresh(Token held, Function<Token, CompletableFuture<Token>> redeem) {
        String key = held.userId();
        return CompletableFuture.supplyAsync(() -> store.lock(key), lockWaiters).thenCompose(lock -> {
            Optional<Token> stored = lock.token();
            boolean ours = stored.map(t -> t.accessToken().equals(held.accessToken())).orElse(false);
            CompletableFuture<Token> outcome;
            try {
                if (ours) {
                    log.debug("refreshing the token of user {} under the store's lock", key);
                }
                outcome = ours ? redeem.apply(stored.get()) : CompletableFuture.completedFuture(stored.orElse(null));
            } catch (RuntimeException e) {
                outcome = CompletableFuture.failedFuture(e);
            }
            return outcome.handle((token, error) -> release(lock, held, ours, token, error));
        });
    }

    /**
     * Writes the outcome of a refresh of ours through the lock, releases it, and only then updates this process's
     * registry (so the other processes wait no longer than the refresh itself).
     */
    private Token release(SharedTokenStore.TokenLock lock, Token held, boolean ours, Token result, Throwable error) {
        Throwable cause = error == null ? null : Futures.unwrap(error);
        boolean rejected = cause instanceof InvalidTokenException;
        try (lock) {
            if (ours && rejected) {
                lock.remove();
            } else if (ours && error == null) {
                lock.save(result);
            }
        }
        if (rejected) {
            registry.forget(held.userId());
        }
        if (error != null) {
            throw new CompletionException(cause);
        }
        return adoptStored(held, Optional.ofNullable(result));
    }

    /**
     * Stores what a validation of {@code held} learnt, unless another process replaced or removed the stored token
     * while Twitch answered (a plain save would then bring back a token whose refresh token is spent): under the
     * lock, and only if the stored token still is {@code held}. Yields the token to use from now on.
     */
    CompletableFuture<Token> saveValidated(Token held, Token validated) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<Token> stored;
            try (SharedTokenStore.TokenLock lock = store.lock(held.userId())) {
                stored = lock.token();
                if (stored.isPresent() && stored.get().accessToken().equals(validated.accessToken())) {
                    lock.save(validated);
                    stored = Optional.of(validated);
                }
            }
            return adoptStored(held, stored);
        }, lockWaiters);
    }

    private Token adoptStored(Token held, Optional<Token> stored) {
        if (stored.isEmpty()) {
            log.info("token of user {} was removed by another process", held.userId());
            registry.forget(held.userId());
            throw new InvalidTokenException("token of user " + held.userId() + " was removed by another process");
        }
        Token token = stored.get();
        if (!token.equals(inMillis(held))) {
            registry.adopt(token);
        }
        return token;
    }

    /** {@code token} as a store gives it back: its times in whole milliseconds. */
    private static Token inMillis(Token token) {
        return new Token(token.userId(), token.login(), token.accessToken(), token.refreshToken(), token.scopes(),
                millis(token.expiresAt()), millis(token.lastValidated()), token.app());
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
