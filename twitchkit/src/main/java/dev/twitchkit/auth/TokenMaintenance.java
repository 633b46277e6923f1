package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.Futures;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the registry's tokens usable: validates each at start and every {@code validationInterval} (Twitch
 * requires hourly validation), refreshes a token shortly before it expires and whenever Twitch answers 401,
 * stores the rotated refresh token, and removes a token that can no longer be refreshed (announced as
 * {@code onTokenRemove}; the seed kept such tokens forever). One refresh runs at a time per token, however
 * many callers wait on it. With a {@link SharedTokenStore}, one refresh runs at a time per token across the
 * processes sharing the store, and a token another process refreshed or removed is picked up before a
 * validation and instead of a refresh.
 */
public final class TokenMaintenance implements TokenSource {
    private static final Logger log = LoggerFactory.getLogger(TokenMaintenance.class);

    /** Twitch's required validation period. */
    public static final Duration DEFAULT_VALIDATION_INTERVAL = Duration.ofHours(1);
    /** Refresh when less than this is left (the seed's 600 s threshold). */
    public static final Duration DEFAULT_REFRESH_THRESHOLD = Duration.ofMinutes(10);

    private final TokenRegistry registry;
    private final OAuthClient oauth;
    private final InstantSource clock;
    private final Duration validationInterval;
    private final Duration refreshThreshold;
    private final Map<String, CompletableFuture<Token>> refreshing = new ConcurrentHashMap<>();
    private final SharedTokens shared;

    /** Maintenance of the tokens in {@code registry}, through {@code oauth}, on {@code clock}. */
    public TokenMaintenance(TokenRegistry registry, OAuthClient oauth, InstantSource clock,
                            Duration validationInterval, Duration refreshThreshold) {
        this.registry = Checks.notNull(registry, "registry");
        this.oauth = Checks.notNull(oauth, "oauth");
        this.clock = Checks.notNull(clock, "clock");
        this.validationInterval = Checks.positive(validationInterval, "validationInterval");
        this.refreshThreshold = Checks.notNull(refreshThreshold, "refreshThreshold");
        this.shared = registry.store() instanceof SharedTokenStore store ? new SharedTokens(registry, store) : null;
    }

    @Override
    public String accessToken(String key) {
        return registry.require(key).accessToken();
    }

    @Override
    public Optional<ScopeSet> knownScopes(String key) {
        return registry.get(key)
                .filter(t -> !t.app() && (t.lastValidated() != null || !t.scopes().isEmpty()))
                .map(Token::scopes);
    }

    @Override
    public CompletableFuture<Void> refreshAfterUnauthorized(String key, String rejectedAccessToken) {
        return refresh(key, rejectedAccessToken).thenApply(t -> null);
    }

    /** Refreshes {@code key}'s token now (joining a refresh already running). */
    public CompletableFuture<Token> refresh(String key) {
        return refresh(key, null);
    }

    /**
     * Refreshes unless the current token no longer is {@code expectedAccess} (someone refreshed meanwhile).
     * The registry is updated before the in-flight entry is dropped, so a caller that saw the old token either
     * joins this refresh or sees the new token: never a second refresh.
     */
    private CompletableFuture<Token> refresh(String key, String expectedAccess) {
        CompletableFuture<Token> mine = new CompletableFuture<>();
        CompletableFuture<Token> running = refreshing.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        Token current = registry.get(key).orElse(null);
        if (current == null) {
            refreshing.remove(key, mine);
            mine.completeExceptionally(new MissingTokenException(key));
            return mine;
        }
        if (expectedAccess != null && !current.accessToken().equals(expectedAccess)) {
            refreshing.remove(key, mine);
            mine.complete(current);
            return mine;
        }
        doRefresh(current).whenComplete((token, error) -> {
            refreshing.remove(key, mine);
            registry.announceRefresh(key, error == null ? null : Futures.unwrap(error));
            if (error != null) {
                mine.completeExceptionally(Futures.unwrap(error));
            } else {
                mine.complete(token);
            }
        });
        return mine;
    }

    private CompletableFuture<Token> doRefresh(Token token) {
        String key = token.userId();
        if (token.app()) {
            log.debug("requesting a new app access token");
            return oauth.clientCredentials().thenApply(fresh -> {
                Instant now = clock.instant();
                Token updated = new Token(key, null, fresh.accessToken(), null, fresh.scopes(),
                        expiry(now, fresh.expiresIn()), now, true);
                registry.put(updated);
                return updated;
            });
        }
        if (token.refreshToken() == null) {
            registry.remove(key);
            return CompletableFuture.failedFuture(new InvalidTokenException(
                    "token of user " + key + " was rejected and has no refresh token; it was removed"));
        }
        if (shared != null) {
            return shared.refresh(token, this::redeem);
        }
        return redeem(token).whenComplete((updated, error) -> {
            if (updated != null) {
                registry.put(updated);
            } else if (Futures.unwrap(error) instanceof InvalidTokenException) {
                registry.remove(key);
            }
        });
    }

    /**
     * Redeems the refresh token at Twitch, leaving the registry as it is; fails with an
     * {@link InvalidTokenException} when Twitch rejected the refresh token (the token must then be removed).
     */
    private CompletableFuture<Token> redeem(Token token) {
        String key = token.userId();
        log.debug("refreshing the token of user {}", key);
        return oauth.refresh(token.refreshToken()).handle((fresh, error) -> {
            if (error != null) {
                Throwable cause = Futures.unwrap(error);
                if (cause instanceof OAuthException oe && oe.isRejection()) {
                    log.info("refresh token of user {} was rejected ({}); removing the token", key,
                            oe.twitchMessage());
                    throw new CompletionException(new InvalidTokenException(
                            "refresh token of user " + key + " was rejected; the token was removed", cause));
                }
                throw new CompletionException(cause);
            }
            Instant now = clock.instant();
            return token.refreshed(fresh.accessToken(), fresh.refreshToken(), fresh.scopes(),
                    expiry(now, fresh.expiresIn()), now);
        });
    }

    /**
     * Validates {@code key}'s token: on success records the scopes, login and expiry; on 401 refreshes it
     * (which removes it if that fails). Network failures leave the token as it was.
     */
    public CompletableFuture<Token> validate(String key) {
        Token token;
        try {
            Token held = registry.require(key);
            // Another process sharing the store may have refreshed or removed it.
            token = shared != null && !held.app() ? shared.pickUp(held) : held;
        } catch (TokenException | TokenStoreException e) {
            return CompletableFuture.failedFuture(e);
        }
        return oauth.validate(token.accessToken()).handle((validation, error) -> {
            if (error == null) {
                Instant now = clock.instant();
                Token updated = token.validated(validation.login(), validation.scopes(),
                        expiry(now, validation.expiresIn()), now);
                if (shared != null && !token.app()) {
                    return shared.saveValidated(token, updated);
                }
                registry.replace(token.accessToken(), updated);
                return CompletableFuture.completedFuture(registry.get(key).orElse(updated));
            }
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof OAuthException oe && oe.status() == 401) {
                log.info("token of {} failed validation; refreshing it", key);
                return refresh(key, token.accessToken());
            }
            return CompletableFuture.<Token>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    /**
     * Validates every user token now, whatever its last validation (at start, tokens loaded from a store may be
     * stale); failures are logged, not thrown. The app token is left out: it was just obtained or validated.
     */
    public CompletableFuture<Void> validateUserTokens() {
        List<CompletableFuture<?>> work = new ArrayList<>();
        for (Token token : registry.all()) {
            if (token.app()) {
                continue;
            }
            work.add(quietly(token.userId(), validate(token.userId())));
        }
        return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
    }

    /**
     * One maintenance pass: validates the tokens whose last validation is older than the validation interval,
     * then refreshes those expiring within the refresh threshold. Failures of single tokens are logged.
     */
    public CompletableFuture<Void> runPass() {
        Instant now = clock.instant();
        List<CompletableFuture<?>> work = new ArrayList<>();
        for (Token token : registry.all()) {
            String key = token.userId();
            CompletableFuture<Token> step = validationDue(token, now)
                    ? validate(key)
                    : CompletableFuture.completedFuture(token);
            work.add(quietly(key, step.thenCompose(t -> refreshDue(t, clock.instant())
                    ? refresh(key, t.accessToken()) : CompletableFuture.completedFuture(t))));
        }
        return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
    }

    private boolean validationDue(Token token, Instant now) {
        return token.lastValidated() == null
                || !now.isBefore(token.lastValidated().plus(validationInterval));
    }

    private boolean refreshDue(Token token, Instant now) {
        return token.expiresAt() != null && !now.isBefore(token.expiresAt().minus(refreshThreshold));
    }

    private static CompletableFuture<?> quietly(String key, CompletableFuture<?> work) {
        return work.exceptionally(e -> {
            log.warn("token maintenance for {} failed: {}", key, Futures.unwrap(e).toString());
            return null;
        });
    }

    private static Instant expiry(Instant now, Duration expiresIn) {
        return expiresIn == null || expiresIn.isZero() ? null : now.plus(expiresIn);
    }
}
