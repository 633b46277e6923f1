package dev.twitchkit;

import dev.twitchkit.auth.ClientSecretRequiredException;
import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.auth.MissingTokenException;
import dev.twitchkit.auth.OAuthClient;
import dev.twitchkit.auth.OAuthException;
import dev.twitchkit.auth.ScopeSet;
import dev.twitchkit.auth.Token;
import dev.twitchkit.auth.TokenListener;
import dev.twitchkit.auth.TokenMaintenance;
import dev.twitchkit.auth.TokenRegistry;
import dev.twitchkit.auth.TokenStore;
import dev.twitchkit.auth.TokenValidation;
import dev.twitchkit.auth.TokenValidity;
import dev.twitchkit.helix.Helix;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixSettings;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.DaemonThreads;
import dev.twitchkit.internal.Futures;
import dev.twitchkit.internal.SilentLoggingCheck;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Twitch application: its client id and secret, the app access token, a registry of user tokens kept
 * valid in the background, and Helix bound to any of them. The base of the EventSub clients, usable on its
 * own for Helix.
 *
 * <p>Built with the client id alone ({@link #builder(String)}), it is a <em>public client</em>, as Twitch's console
 * registers desktop and device apps: user tokens come from the device code flow and are refreshed without a secret,
 * and there is no app access token, so {@link #application()} (and the conduit and webhook clients, which run on
 * the app token) fail at once with a {@link ClientSecretRequiredException} instead of asking Twitch.
 *
 * <pre>{@code
 * try (App app = App.builder(clientId, clientSecret).build()) {
 *     app.authorize().join();
 *     HelixApi streamer = app.addUser(accessToken, refreshToken).join();
 *     streamer.chat().sendChatMessage(broadcasterId, senderId, "hello").join();
 * }
 * }</pre>
 *
 * <p>Subclasses (the EventSub clients) may override {@link #tokenMaintenanceTask()} and {@link #setupHook()}.
 * Token secrets never reach logs, exception messages or {@code toString}.
 */
public class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final String clientId;
    private final boolean publicClient;
    private final TwitchUrls urls;
    private final HttpClient http;
    private final InstantSource clock;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final TokenRegistry registry;
    private final OAuthClient oauth;
    private final TokenMaintenance maintenance;
    private final Helix helix;
    private final String givenAppToken;
    private final boolean maintenanceEnabled;
    private final Duration maintenanceTick;
    private final AtomicBoolean passRunning = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ScheduledFuture<?> maintenanceTask;

    /** Builds an App from a builder; subclasses call this from their own constructors. */
    protected App(Builder<?> builder) {
        if (builder.clientSecret == null && builder.appToken != null) {
            throw new ClientSecretRequiredException("an app access token (appToken on the builder)",
                    "the builder: " + builderName(builder) + ".builder(clientId, clientSecret)");
        }
        SilentLoggingCheck.warnOnceIfSilent();
        this.clientId = builder.clientId;
        this.publicClient = builder.clientSecret == null;
        this.urls = builder.urls;
        this.clock = builder.clock;
        this.givenAppToken = builder.appToken;
        this.maintenanceEnabled = builder.tokenMaintenance;
        this.maintenanceTick = builder.maintenanceTick;
        this.http = builder.httpClient != null ? builder.httpClient : builder.newHttpClient(null);
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler ? newScheduler() : builder.scheduler;
        this.registry = new TokenRegistry(builder.tokenStore);
        this.oauth = new OAuthClient(clientId, builder.clientSecret, urls.oauth(), http,
                builder.helixSettings.requestTimeout());
        this.maintenance = new TokenMaintenance(registry, oauth, clock, builder.validationInterval,
                builder.refreshThreshold);
        this.helix = new Helix(clientId, urls.helix(), http, clock, maintenance, builder.helixSettings);
        registry.addListener(new TokenListener() {
            @Override
            public void onTokenRemove(String userId) {
                helix.forget(userId);
            }
        });
        int loaded = registry.loadFromStore();
        if (loaded > 0) {
            log.info("loaded {} stored user tokens", loaded);
        }
    }

    /**
     * Starts a builder of a confidential client: the secret gets the app access token and goes with refreshes.
     * A null secret is the same as {@link #builder(String)}.
     */
    public static Builder<?> builder(String clientId, String clientSecret) {
        return new AppBuilder(clientId, clientSecret);
    }

    /**
     * Starts a builder of a public client (no secret): user tokens from the device code flow, refreshed without a
     * secret; no app access token.
     */
    public static Builder<?> builder(String clientId) {
        return new AppBuilder(clientId, null);
    }

    /**
     * Gets the app access token (client credentials, or validation of the token given to the builder),
     * validates every stored user token, runs {@link #setupHook()} and starts token maintenance. A public client
     * has no app token: it does the rest.
     */
    public CompletableFuture<Void> authorize() {
        requireOpen();
        CompletableFuture<Void> appToken = publicClient ? CompletableFuture.completedFuture(null)
                : givenAppToken != null ? adoptAppToken(givenAppToken) : requestAppToken();
        return appToken
                .thenCompose(v -> maintenance.validateUserTokens())
                .thenRun(() -> {
                    setupHook();
                    startMaintenance();
                });
    }

    private CompletableFuture<Void> requestAppToken() {
        return oauth.clientCredentials().thenAccept(fresh -> {
            Instant now = clock.instant();
            registry.put(new Token(clientId, null, fresh.accessToken(), null, fresh.scopes(),
                    fresh.expiresIn() == null ? null : now.plus(fresh.expiresIn()), now, true));
        });
    }

    private CompletableFuture<Void> adoptAppToken(String token) {
        return oauth.validate(token).handle((validation, error) -> {
            if (error != null) {
                Throwable cause = Futures.unwrap(error);
                if (cause instanceof OAuthException oe && oe.status() == 401) {
                    log.info("the given app access token is invalid; requesting a new one");
                    return requestAppToken();
                }
                return CompletableFuture.<Void>failedFuture(cause);
            }
            if (!validation.isAppToken()) {
                return CompletableFuture.<Void>failedFuture(new IllegalArgumentException(
                        "the app token given to the builder is a user access token (user " + validation.userId() + ")"));
            }
            requireOwnClient(validation);
            Instant now = clock.instant();
            registry.put(new Token(clientId, null, token, null, validation.scopes(),
                    validation.expiresIn().isZero() ? null : now.plus(validation.expiresIn()), now, true));
            return CompletableFuture.<Void>completedFuture(null);
        }).thenCompose(f -> f);
    }

    /**
     * Runs once after {@link #authorize()} has the app token and before maintenance starts. Subclasses put
     * their setup here (the EventSub clients connect); the default does nothing.
     */
    protected void setupHook() {
    }

    /**
     * One round of token maintenance, run every maintenance tick: validates tokens not validated for an hour
     * and refreshes those about to expire. Subclasses may override it (call {@code super} to keep the
     * default) or switch maintenance off on the builder.
     */
    protected void tokenMaintenanceTask() {
        maintenance.runPass().join();
    }

    private void startMaintenance() {
        if (!maintenanceEnabled || maintenanceTask != null || closed.get()) {
            return;
        }
        long tick = maintenanceTick.toMillis();
        maintenanceTask = scheduler.scheduleWithFixedDelay(this::maintenanceTick, tick, tick, TimeUnit.MILLISECONDS);
    }

    private void maintenanceTick() {
        if (closed.get() || !passRunning.compareAndSet(false, true)) {
            return;
        }
        try {
            tokenMaintenanceTask();
        } catch (RuntimeException e) {
            // The schedule must survive a failed pass: the next tick tries again.
            log.warn("token maintenance pass failed: {}", Futures.unwrap(e).toString());
        } finally {
            passRunning.set(false);
        }
    }

    /**
     * Helix with the app access token. Needs {@link #authorize()} first, and a confidential client: a public one
     * gets a {@link ClientSecretRequiredException}.
     */
    public HelixApi application() {
        if (publicClient) {
            throw new ClientSecretRequiredException("Helix as the application (application(), on the app access"
                    + " token)", getClass().getSimpleName() + ".builder(clientId, clientSecret)");
        }
        if (registry.get(clientId).isEmpty()) {
            throw new IllegalStateException("no app access token: call authorize() first");
        }
        return helix.api(clientId);
    }

    /**
     * Validates a user's token and stores it under the user's id. When Twitch rejects the access token and a
     * refresh token is given, refreshes first. Fails with {@link InvalidTokenException} when neither works. A pair
     * whose refresh token this application already exchanged (a file read before {@link #authorize()} refreshed the
     * stored token, say) stands for the token that replaced it, which is used instead.
     *
     * @param accessToken the user access token
     * @param refreshToken its refresh token, or null
     * @return Helix bound to that user's current token
     */
    public CompletableFuture<HelixApi> addUser(String accessToken, String refreshToken) {
        requireOpen();
        Checks.notBlank(accessToken, "accessToken");
        Optional<Token> successor = registry.successorOf(refreshToken);
        if (successor.isPresent()) {
            log.debug("the refresh token given for user {} was already exchanged here; using the token that"
                    + " replaced it", successor.get().userId());
            return validateAndStore(successor.get().accessToken(), successor.get().refreshToken());
        }
        return validateAndStore(accessToken, refreshToken);
    }

    private CompletableFuture<HelixApi> validateAndStore(String accessToken, String refreshToken) {
        return oauth.validate(accessToken).handle((validation, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(storeValidated(accessToken, refreshToken, validation));
            }
            Throwable cause = Futures.unwrap(error);
            if (!(cause instanceof OAuthException oe && oe.status() == 401)) {
                return CompletableFuture.<HelixApi>failedFuture(cause);
            }
            if (refreshToken == null || refreshToken.isBlank()) {
                return CompletableFuture.<HelixApi>failedFuture(
                        new InvalidTokenException("Twitch rejected the access token and no refresh token was given"));
            }
            return oauth.refresh(refreshToken)
                    .thenCompose(fresh -> oauth.validate(fresh.accessToken()).thenApply(v ->
                            storeValidated(fresh.accessToken(),
                                    fresh.refreshToken() != null ? fresh.refreshToken() : refreshToken, v)))
                    .exceptionallyCompose(e -> {
                        Throwable c = Futures.unwrap(e);
                        return CompletableFuture.failedFuture(c instanceof OAuthException o && o.isRejection()
                                ? new InvalidTokenException("Twitch rejected the access token and the refresh token", c)
                                : c);
                    });
        }).thenCompose(f -> f);
    }

    private HelixApi storeValidated(String access, String refresh, TokenValidation validation) {
        if (validation.isAppToken()) {
            throw new IllegalArgumentException("addUser needs a user access token, got an app access token");
        }
        requireOwnClient(validation);
        Instant now = clock.instant();
        Token token = new Token(validation.userId(), validation.login(), access, refresh, validation.scopes(),
                validation.expiresIn().isZero() ? null : now.plus(validation.expiresIn()), now, false);
        registry.put(token);
        return helix.api(token.userId());
    }

    private void requireOwnClient(TokenValidation validation) {
        if (validation.clientId() != null && !validation.clientId().equals(clientId)) {
            throw new IllegalArgumentException("the token belongs to another application (client id "
                    + validation.clientId() + ")");
        }
    }

    /**
     * Stores a user's token without asking Twitch (the next maintenance pass validates it).
     *
     * @return Helix bound to that user's current token
     */
    public HelixApi addToken(String userId, String accessToken, String refreshToken) {
        requireOpen();
        Checks.notBlank(userId, "userId");
        if (userId.equals(clientId)) {
            throw new IllegalArgumentException("the client id is not a user id; the app token is managed by authorize()");
        }
        registry.put(Token.ofUser(userId, Checks.notBlank(accessToken, "accessToken"), refreshToken));
        return helix.api(userId);
    }

    /** Forgets a user's token locally (it stays valid at Twitch; see {@link #revokeToken}). */
    public void removeToken(String userId) {
        Checks.notBlank(userId, "userId");
        registry.remove(userId);
    }

    /** Revokes a user's token at Twitch, then forgets it. */
    public CompletableFuture<Void> revokeToken(String userId) {
        Token token;
        try {
            token = registry.require(userId);
        } catch (MissingTokenException e) {
            return CompletableFuture.failedFuture(e);
        }
        return oauth.revoke(token.accessToken()).thenRun(() -> registry.remove(userId));
    }

    /** A user's token (the app token under the client id). */
    public Optional<Token> getToken(String userId) {
        return registry.get(userId);
    }

    /**
     * Helix bound to a user's current token, without asking Twitch. {@link IllegalArgumentException} for the
     * client id (use {@link #application()}), {@link MissingTokenException} for a user without a token.
     */
    public HelixApi getUserById(String userId) {
        Checks.notBlank(userId, "userId");
        if (userId.equals(clientId)) {
            throw new IllegalArgumentException("the client id is the application, not a user: use application()");
        }
        registry.require(userId);
        return helix.api(userId);
    }

    /** Every token by user id (the app token under the client id); a snapshot. */
    public Map<String, Token> tokens() {
        Map<String, Token> out = new LinkedHashMap<>();
        registry.all().forEach(t -> out.put(t.userId(), t));
        return Collections.unmodifiableMap(out);
    }

    /** Every token's scopes by user id; a snapshot. */
    public Map<String, ScopeSet> usersScopes() {
        Map<String, ScopeSet> out = new LinkedHashMap<>();
        registry.all().forEach(t -> out.put(t.userId(), t.scopes()));
        return Collections.unmodifiableMap(out);
    }

    /** Every token's last validation and expiry by user id; a snapshot. */
    public Map<String, TokenValidity> tokensValidity() {
        Map<String, TokenValidity> out = new LinkedHashMap<>();
        registry.all().forEach(t -> out.put(t.userId(), new TokenValidity(t.lastValidated(), t.expiresAt())));
        return Collections.unmodifiableMap(out);
    }

    /** The Helix points left in a token's bucket, as of its last response; empty before any request. */
    public OptionalInt getTokenQuota(String userId) {
        return helix.remainingPoints(userId);
    }

    /** Tells {@code listener} of every token update and removal. */
    public void addTokenListener(TokenListener listener) {
        registry.addListener(listener);
    }

    /** Stops telling {@code listener}. */
    public void removeTokenListener(TokenListener listener) {
        registry.removeListener(listener);
    }

    /** The application's client id. */
    public String clientId() {
        return clientId;
    }

    /** Whether this is a public client (built without a secret): no app access token, refreshes without a secret. */
    public boolean isPublicClient() {
        return publicClient;
    }

    /** The addresses of Twitch (or of the mock) this application talks to. */
    public TwitchUrls urls() {
        return urls;
    }

    /**
     * The HTTP client every request goes through (proxy included). A {@link ClientUser}'s EventSub sockets use it
     * too when it was given to the builder; otherwise they open on a client of their own with the same proxy.
     */
    public HttpClient httpClient() {
        return http;
    }

    /** The clock tokens and rate limits are measured on. */
    public InstantSource clock() {
        return clock;
    }

    /** The scheduler maintenance runs on; subclasses may schedule their own work on it. */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** The tokens this application holds. */
    public TokenRegistry registry() {
        return registry;
    }

    /** Keeps the tokens alive: validation, refresh, removal. */
    public TokenMaintenance maintenance() {
        return maintenance;
    }

    /** Twitch's OAuth endpoints for this application. */
    public OAuthClient oauth() {
        return oauth;
    }

    /** The Helix core of this application (rate limits per token). */
    public Helix helix() {
        return helix;
    }

    /** Stops maintenance, shuts down the scheduler if the App created it, and closes the token store. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> task = maintenanceTask;
        if (task != null) {
            task.cancel(false);
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        try {
            registry.store().close();
        } catch (Exception e) {
            log.warn("closing the token store failed: {}", e.toString());
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this App is closed");
        }
    }

    /** The class whose builder {@code builder} is (App for a plain App), as a message names it. */
    private static String builderName(Builder<?> builder) {
        Class<?> outer = builder.getClass().getEnclosingClass();
        return outer != null ? outer.getSimpleName() : "App";
    }

    private static ScheduledExecutorService newScheduler() {
        return Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("twitchkit-maintenance"));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[clientId=" + clientId + (publicClient ? ", public client" : "")
                + ", tokens=" + registry.all().size() + "]";
    }

    /** The builder {@link #builder} hands out: a plain App. */
    private static final class AppBuilder extends Builder<AppBuilder> {
        AppBuilder(String clientId, String clientSecret) {
            super(clientId, clientSecret);
        }

        @Override
        protected AppBuilder self() {
            return this;
        }
    }

    /**
     * Configures an {@link App}. Every setting has a default suited to the real Twitch. Each setter returns the
     * concrete builder {@code B}, so the builders of the subclasses inherit them and calls chain in any order.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        final String clientId;
        final String clientSecret;
        TwitchUrls urls = TwitchUrls.TWITCH;
        ProxySelector proxy;
        HttpClient httpClient;
        InstantSource clock = Clock.systemUTC();
        ScheduledExecutorService scheduler;
        TokenStore tokenStore = new dev.twitchkit.auth.MemoryTokenStore();
        String appToken;
        boolean tokenMaintenance = true;
        Duration maintenanceTick = Duration.ofMinutes(1);
        Duration validationInterval = TokenMaintenance.DEFAULT_VALIDATION_INTERVAL;
        Duration refreshThreshold = TokenMaintenance.DEFAULT_REFRESH_THRESHOLD;
        HelixSettings helixSettings = HelixSettings.DEFAULTS;

        /**
         * Starts a builder with the application's credentials; a null secret makes a public client, a blank one
         * is refused (an empty variable is a mistake, not a choice).
         */
        protected Builder(String clientId, String clientSecret) {
            this.clientId = Checks.notBlank(clientId, "clientId");
            if (clientSecret != null && clientSecret.isBlank()) {
                throw new IllegalArgumentException("clientSecret is blank; give the secret, or null (or "
                        + "builder(clientId)) for a public client");
            }
            this.clientSecret = clientSecret;
        }

        /**
         * Fails at once, before anything is asked of Twitch, when this builder has no secret: for the clients that
         * run on the app access token (conduits, webhooks).
         *
         * @param client the client's class name, as its builder method is called
         */
        protected final void requireClientSecret(String client) {
            if (clientSecret == null) {
                throw new ClientSecretRequiredException(client + " (it runs on the app access token)",
                        client + ".builder(clientId, clientSecret)");
            }
        }

        /** Where Twitch is: {@link TwitchUrls#TWITCH} by default, the mock's addresses in tests. */
        public B urls(TwitchUrls urls) {
            this.urls = Checks.notNull(urls, "urls");
            return self();
        }

        /** Sends every HTTP request (and the WebSocket) through this proxy selector. */
        public B proxy(ProxySelector proxy) {
            this.proxy = Checks.notNull(proxy, "proxy");
            return self();
        }

        /** Uses this HTTP client instead of building one; {@link #proxy} is then ignored. */
        public B httpClient(HttpClient client) {
            this.httpClient = Checks.notNull(client, "client");
            return self();
        }

        /**
         * The clock tokens and rate limits are measured on; the EventSub clients also judge notifications stale
         * against it (older than 10 minutes are dropped). Tests that move the mock's clock pass it here.
         */
        public B clock(InstantSource clock) {
            this.clock = Checks.notNull(clock, "clock");
            return self();
        }

        /** Runs maintenance on this scheduler; the App then does not shut it down. */
        public B scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Checks.notNull(scheduler, "scheduler");
            return self();
        }

        /** Keeps user tokens in this store (memory by default). */
        public B tokenStore(TokenStore store) {
            this.tokenStore = Checks.notNull(store, "store");
            return self();
        }

        /** Validates and uses this app access token instead of requesting one. */
        public B appToken(String token) {
            this.appToken = Checks.notBlank(token, "token");
            return self();
        }

        /** Whether tokens are validated and refreshed in the background (default true). */
        public B tokenMaintenance(boolean enabled) {
            this.tokenMaintenance = enabled;
            return self();
        }

        /** How often maintenance looks at the tokens (default 1 min); tests shorten it. */
        public B maintenanceTick(Duration tick) {
            this.maintenanceTick = Checks.positive(tick, "maintenanceTick");
            return self();
        }

        /** How often each token is validated (Twitch requires hourly; the default). */
        public B validationInterval(Duration interval) {
            this.validationInterval = Checks.positive(interval, "validationInterval");
            return self();
        }

        /** Refresh a token when less than this is left (default 10 min). */
        public B refreshThreshold(Duration threshold) {
            this.refreshThreshold = Checks.positive(threshold, "refreshThreshold");
            return self();
        }

        /** Helix retries and waits. */
        public B helixSettings(HelixSettings settings) {
            this.helixSettings = Checks.notNull(settings, "settings");
            return self();
        }

        /**
         * The HTTP client built when none is given: Helix's request timeout to connect, no redirects, the proxy if
         * set; callbacks on {@code executor}, or the JDK's default executor when null.
         */
        HttpClient newHttpClient(Executor executor) {
            HttpClient.Builder b = HttpClient.newBuilder()
                    .connectTimeout(helixSettings.requestTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (proxy != null) {
                b.proxy(proxy);
            }
            if (executor != null) {
                b.executor(executor);
            }
            return b.build();
        }

        /** This builder as its concrete type, for the setters to return. */
        protected abstract B self();

        /** Builds the configured App; the subclasses' builders build their client. */
        public App build() {
            return new App(this);
        }
    }
}
