package dev.twitchkit;

import dev.twitchkit.auth.Token;
import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.auth.TokenListener;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.UserEventSub;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.internal.decode.DecodeCounters;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.PendingNotification;
import dev.twitchkit.eventsub.internal.dispatch.DispatchCounters;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.internal.session.SessionCounters;
import dev.twitchkit.eventsub.internal.session.SessionListener;
import dev.twitchkit.eventsub.internal.session.SessionMachine;
import dev.twitchkit.eventsub.internal.session.SessionSettings;
import dev.twitchkit.eventsub.internal.socket.EventSubSocket;
import dev.twitchkit.eventsub.internal.subscription.HelixSubscriptionApi;
import dev.twitchkit.eventsub.internal.subscription.SubscriptionBook;
import dev.twitchkit.eventsub.internal.subscription.SubscriptionPrecheck;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import dev.twitchkit.eventsub.lifecycle.SessionConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionCreatedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionFailedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.transport.WebSocketTransport;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot of one Twitch user on EventSub WebSockets: logs the user in, subscribes, and hands typed events to
 * handlers, through Twitch's reconnects, keepalive gaps, revocations and outages.
 *
 * <pre>{@code
 * try (ClientUser bot = ClientUser.builder(clientId, clientSecret).build()) {
 *     bot.on(ChannelFollowEvent.class, n -> System.out.println(n.event().userName() + " followed"));
 *     bot.start(accessToken, refreshToken).join();
 *     bot.eventsub().channelFollow(bot.userId()).join();
 *     bot.waitUntilClosed();
 * }
 * }</pre>
 *
 * <p><b>Flow.</b> Each socket is a chain: the socket reads frames, the decoder makes messages, the session
 * machine keeps the session (handover, keepalive watchdog, close codes, backoff, dedupe), and the dispatcher runs
 * handlers on the dispatch executor in arrival order. The socket opens with the first subscription (Twitch closes
 * an unused one); beyond 300 subscriptions a second socket opens, up to three.
 *
 * <p><b>Handlers</b> receive a {@link Notification}: the event record (or a
 * {@link dev.twitchkit.eventsub.event.RawEvent} for a type or version without a model) with its message id,
 * timestamp, subscription and raw JSON. They never run on a socket's reading thread; a handler that throws goes to
 * {@link #onError(Throwable, String)}, and one that is slow delays only the handlers after it.
 *
 * <p><b>Lifecycle</b> events ({@link dev.twitchkit.eventsub.lifecycle}) report readiness, sessions connected,
 * handed over (nothing lost) or recreated after a loss (a gap is possible), disconnections, revocations,
 * subscriptions created or failed, and token updates.
 *
 * <p><b>Failures</b> are never silent. A subscription that cannot be recreated after a loss is retried while the
 * failure may pass (5xx, 429, the network) and otherwise given up at ERROR; either way {@link #health()} names it,
 * {@link #isReady()} turns false and a {@link dev.twitchkit.eventsub.lifecycle.HealthChangedEvent} fires. A bot
 * whose own token is gone (its refresh was rejected, or the user took the authorization back) cannot receive
 * anything: it stops, and {@link #waitUntilClosed()} and {@link #run} throw a
 * {@link dev.twitchkit.eventsub.ClientStoppedException} with the cause, rather than sitting on a socket.
 */
public class ClientUser extends EventSubClient {
    private static final Logger LOG = LoggerFactory.getLogger(ClientUser.class);
    /** The revocation status of a subscription whose user took the app's authorization back. */
    private static final String AUTHORIZATION_REVOKED = "authorization_revoked";

    private final EngineSettings settings;
    /**
     * The transport the EventSub sockets open on: the builder's, else the JDK's client on an HTTP client of the
     * sockets' own — unless the user gave an HTTP client (then it serves everything, as given) — that runs the JDK's
     * callbacks on its selector thread (a direct executor): a frame then reaches the socket's listener without a
     * hand-off to an executor thread, a hand-off that was most of the tail latency at a steady 5,000 events/s on two
     * cores. Safe only because the listener never blocks: it reads the envelope, updates the session under a short
     * lock and queues the event for the dispatch executor; subscriptions go over Helix on the App's client, whose
     * callbacks never run on this thread. Costs one selector thread per client.
     */
    private final WebSocketTransport sockets;
    private final List<Connection> connections = new ArrayList<>();
    private final CompletableFuture<Void> firstSessionAttempted = new CompletableFuture<>();
    private final UserEventSub eventSub = new SessionEventSub();
    private volatile String userId;
    private volatile SubscriptionBook book;

    /** Builds a client from its builder; subclasses call this from their constructors. */
    protected ClientUser(Builder builder) {
        super(builder, "twitchkit-eventsub", LOG);
        this.settings = builder.client;
        // The JDK's own executor, not an inline one: on an inline executor the JDK 17 client now and then fails a
        // socket that reads a burst right after a reconnect with "Invalid UTF-8 in frame TEXT" on ASCII frames.
        this.sockets = settings.transport(
                () -> builder.httpClient != null ? httpClient() : builder.newHttpClient(null),
                sessionScheduler());
        registry().addListener(new TokenListener() {
            @Override
            public void onTokenRemove(String id) {
                if (id.equals(userId)) {
                    stop(new InvalidTokenException("the token of user " + id + " was removed (its refresh was"
                            + " rejected, or it was revoked or removed); log the user in again"));
                }
            }
        });
    }

    /**
     * Starts a builder of a confidential client: the secret gets the app token and goes with refreshes. A null
     * secret is the same as {@link #builder(String)}.
     */
    public static Builder builder(String clientId, String clientSecret) {
        return new Builder(clientId, clientSecret);
    }

    /**
     * Starts a builder of a public client (no secret): the bot's token comes from the device code flow and is
     * refreshed without a secret; {@link #start} skips the app token, which a public client cannot have.
     */
    public static Builder builder(String clientId) {
        return new Builder(clientId, null);
    }

    // ---- the seed's surface ----

    /**
     * Logs a user in: validates the token (refreshing it when Twitch rejects it and a refresh token is given) and
     * binds this client to that user.
     *
     * @return the user's id
     */
    public CompletableFuture<String> login(String accessToken, String refreshToken) {
        return addUser(accessToken, refreshToken).thenApply(api -> bindUser(api.tokenKey()));
    }

    /**
     * Logs a user in with a token Twitch's id server is not asked about: for a server without OAuth endpoints (the
     * Twitch CLI's EventSub mock, a corporate proxy) or a token managed elsewhere. The token is stored as given, so
     * its user id must be right; its scopes, when given, let subscriptions missing one fail before Twitch is asked
     * (none given: left to Twitch). Nothing validates it later unless {@link #authorize()} starts token
     * maintenance; a Helix 401 still refreshes it when it has a refresh token, and removes it when it has none.
     *
     * @param token the user's token, e.g. {@code Token.ofUser(userId, login, accessToken, refreshToken, scopes)}
     * @return the user's id
     */
    public String loginWithoutValidation(Token token) {
        Checks.notNull(token, "token");
        if (token.app()) {
            throw new IllegalArgumentException("loginWithoutValidation needs a user access token, got the app token");
        }
        if (token.userId().equals(clientId())) {
            throw new IllegalArgumentException("the token's user id is the client id; give the user's id");
        }
        registry().put(token);
        return bindUser(token.userId());
    }

    /** Binds this client to user {@code id} (once): the subscription book rests on that user's token. */
    private String bindUser(String id) {
        synchronized (connections) {
            if (userId != null && !userId.equals(id)) {
                throw new IllegalStateException("this client is already logged in as user " + userId);
            }
            if (book == null) {
                book = new SubscriptionBook(new HelixSubscriptionApi(() -> getUserById(id)), this::openSlot,
                        new BookEvents(), id, settings.maxSubscriptionsPerSocket, settings.maxSockets,
                        settings.ignoreConflict, settings.resubscribeBackoff()::delay);
            }
            userId = id;
        }
        return id;
    }

    /**
     * Starts receiving: completes (and fires {@link ReadyEvent}) when every subscription asked for so far has
     * been attempted on the first session, or at once when there is none. Sockets open with subscriptions, not
     * here.
     */
    public CompletableFuture<Void> connect() {
        requireLoggedIn();
        boolean anySocket;
        synchronized (connections) {
            anySocket = !connections.isEmpty();
        }
        CompletableFuture<Void> attempted = anySocket ? firstSessionAttempted : CompletableFuture.completedFuture(null);
        return attempted.thenRun(() -> signalReady(userId));
    }

    /**
     * {@link #authorize()} (app token unless a public client, {@link #setupHook()}), {@link #login}, then
     * {@link #connect()}. A null or blank access token fails here, before the app token is requested.
     */
    public CompletableFuture<Void> start(String accessToken, String refreshToken) {
        Checks.notBlank(accessToken, "accessToken");
        return trackStart(authorize().thenCompose(v -> login(accessToken, refreshToken)).thenCompose(id -> connect()));
    }

    /**
     * {@link #loginWithoutValidation}, then {@link #connect()}: starts without any call to Twitch's id server (no
     * app token, no validation, no token maintenance, no {@link #setupHook()}). For a server that has no OAuth
     * endpoints, or a token managed elsewhere. Needs no client secret.
     */
    public CompletableFuture<Void> startWithoutValidation(Token token) {
        loginWithoutValidation(token);
        return trackStart(connect());
    }

    /** {@link #start} and then blocks until {@link #close()}; an interrupt closes the client. */
    public void run(String accessToken, String refreshToken) {
        runUntilClosed(start(accessToken, refreshToken));
    }

    /** Helix as the logged-in user, always with the user's current token. */
    public HelixApi user() {
        return getUserById(requireLoggedIn());
    }

    /** The logged-in user's id; null before {@link #login}. */
    public String userId() {
        return userId;
    }

    /** The subscription methods. Needs {@link #login} first. */
    public UserEventSub eventsub() {
        requireLoggedIn();
        return eventSub;
    }

    /** The state of the first socket's session ({@link SessionState#IDLE} before any subscription). */
    public SessionState sessionState() {
        synchronized (connections) {
            return connections.isEmpty() ? SessionState.IDLE : connections.get(0).machine.state();
        }
    }

    /** The state of every socket's session, by slot; empty before the first subscription. For metrics. */
    public List<SessionState> sessionStates() {
        synchronized (connections) {
            return connections.stream().map(c -> c.machine.state()).toList();
        }
    }

    /** How many sockets are open or in use. */
    public int socketCount() {
        synchronized (connections) {
            return connections.size();
        }
    }

    /** What the engine did so far, summed over the sockets. */
    @Override
    public EventSubStats stats() {
        long delivered = 0;
        long duplicates = 0;
        long stale = 0;
        long handovers = 0;
        long losses = 0;
        long keepalive = 0;
        synchronized (connections) {
            for (Connection c : connections) {
                SessionCounters s = c.machine.counters();
                delivered += s.delivered();
                duplicates += s.duplicates();
                stale += s.stale();
                handovers += s.handovers();
                losses += s.losses();
                keepalive += s.keepaliveTimeouts();
            }
        }
        DispatchCounters d = dispatcher().counters();
        DecodeCounters dc = decoder().counters();
        return new EventSubStats(delivered, duplicates, stale, d.delivered(), d.dropped(), d.handlerErrors(),
                handovers, losses, keepalive, dc.malformed(), dc.unknownTypes(), dc.unknownFields());
    }

    /** Closes the sockets (1000); the base then stops dispatch after what is queued and closes the {@link App}. */
    @Override
    void closeSessions() {
        List<Connection> all;
        synchronized (connections) {
            all = List.copyOf(connections);
        }
        SubscriptionBook subscriptions = book;
        if (subscriptions != null) {
            subscriptions.close();
        }
        all.forEach(c -> c.machine.close());
    }

    /** Subscriptions being retried or given up after a loss (see {@link #health()}). */
    @Override
    List<String> problems() {
        SubscriptionBook subscriptions = book;
        return subscriptions == null ? List.of() : subscriptions.problems();
    }

    // ---- wiring ----

    /**
     * Validates the user's token after Twitch revoked a subscription for lost authorization: if the user
     * disconnected the app, the validation's refresh is rejected, the token removed, and the client stops (see the
     * constructor's token listener) instead of waiting on a socket Twitch closes as unused.
     */
    private void checkToken() {
        String id = userId;
        maintenance().validate(id).whenComplete((token, error) -> {
            if (error != null) {
                LOG.debug("validating the token of user {} after a revocation failed: {}", id, error.toString());
            }
        });
    }

    private String requireLoggedIn() {
        String id = userId;
        if (id == null) {
            throw new IllegalStateException("not logged in: call login(accessToken, refreshToken) (or "
                    + "loginWithoutValidation(token)) first");
        }
        return id;
    }

    /** The socket chain of a slot, created on first use, then started (a no-op while open). */
    private void openSlot(int slot) {
        if (closing()) {
            return;
        }
        Connection connection;
        synchronized (connections) {
            while (connections.size() <= slot) {
                connections.add(new Connection(connections.size()));
            }
            connection = connections.get(slot);
        }
        connection.machine.start();
    }

    private Connection connection(int slot) {
        synchronized (connections) {
            return connections.get(slot);
        }
    }

    /** One socket's chain: its session machine emits here, and this feeds its dispatch queue and the book. */
    private final class Connection implements SessionListener {
        final int slot;
        final DispatchQueue queue;
        final SessionMachine machine;

        Connection(int slot) {
            this.slot = slot;
            this.queue = dispatcher().newQueue("socket-" + slot);
            SessionSettings s = settings.session(urls());
            this.machine = new SessionMachine("eventsub[" + userId + "#" + slot + "]", s,
                    (uri, listener) -> EventSubSocket.create(sockets, uri, s.connectTimeout(),
                            settings.maxMessageChars, listener, sessionScheduler()), decoder(),
                    this, () -> book.hasSubscriptions(slot), sessionScheduler(), twitchClock(),
                    () -> ThreadLocalRandom.current().nextDouble());
        }

        @Override
        public void onSessionStarted(String sessionId, Start start, String previousSessionId) {
            switch (start) {
                case FIRST -> {
                    queue.offer(new SessionConnectedEvent(sessionId));
                    CompletableFuture<Void> created = book.onSessionStarted(slot, sessionId, false);
                    if (slot == 0) {
                        created.whenComplete((v, e) -> firstSessionAttempted.complete(null));
                    }
                }
                case HANDOVER -> {
                    queue.offer(new SessionReconnectedEvent(sessionId));
                    book.onSessionStarted(slot, sessionId, true);
                }
                case RECREATED -> {
                    CompletableFuture<Void> created = book.onSessionStarted(slot, sessionId, false);
                    // Announced once the subscriptions are back (or given up, which health() reports), and only
                    // while this session lives and the client runs: not when its token turned out to be gone.
                    created.whenComplete((v, e) -> {
                        if (!closing() && sessionId.equals(machine.sessionId())) {
                            queue.offer(new SessionRecreatedEvent(sessionId, previousSessionId));
                        }
                    });
                    if (slot == 0) {
                        created.whenComplete((v, e) -> firstSessionAttempted.complete(null));
                    }
                }
            }
        }

        @Override
        public void onNotification(Message.Notification notification) {
            // Bound on the dispatch thread: the reading thread only read the envelope.
            for (PendingNotification each : notification.pending()) {
                queue.offer(each.messageId(), each);
            }
        }

        @Override
        public void onRevocation(Message.Revocation revocation) {
            book.onRevoked(revocation.subscription().id());
            queue.offer(new SubscriptionRevokedEvent(revocation.subscription()));
            if (AUTHORIZATION_REVOKED.equals(revocation.subscription().status())) {
                checkToken();
            }
        }

        @Override
        public void onDisconnected(String sessionId, int code, String reason, boolean willReconnect) {
            book.onSessionLost(slot);
            queue.offer(new SessionDisconnectedEvent(sessionId, code, reason, willReconnect));
        }
    }

    /** The book's news, as lifecycle events in the socket's queue. */
    private final class BookEvents implements SubscriptionBook.Events {
        @Override
        public void created(int slot, Subscription subscription) {
            connection(slot).queue.offer(new SubscriptionCreatedEvent(subscription));
        }

        @Override
        public void failed(int slot, String type, String version, Map<String, String> condition, Throwable cause) {
            connection(slot).queue.offer(new SubscriptionFailedEvent(type, version, condition, cause));
        }

        @Override
        public void problemsChanged() {
            healthChanged();
        }
    }

    /** {@link EventSub} on the book, with the registry's checks before Twitch is asked. */
    private final class SessionEventSub implements UserEventSub {
        @Override
        public String userId() {
            return requireLoggedIn();
        }

        @Override
        public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
            Checks.notBlank(type, "type");
            Checks.notBlank(version, "version");
            Checks.notNull(condition, "condition");
            String id = requireLoggedIn();
            if (closing()) {
                return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
            }
            // Scopes are known once Twitch validated the token; an unvalidated one is left to Twitch.
            Optional<SubscriptionException> refused = SubscriptionPrecheck.check(type, version, condition,
                    TransportMethod.WEBSOCKET, id, user -> getToken(user).map(token -> token.scopes().values())
                            .orElse(Set.of()));
            if (refused.isPresent()) {
                return CompletableFuture.failedFuture(refused.get());
            }
            return book.subscribe(type, version, condition);
        }

        @Override
        public CompletableFuture<Void> unsubscribe(Subscription subscription) {
            Checks.notNull(subscription, "subscription");
            return book.unsubscribe(subscription.id());
        }

        @Override
        public List<Subscription> subscriptions() {
            return book.active();
        }

        @Override
        public int totalCost() {
            return book.totalCost();
        }
    }

        /** Configures a {@link ClientUser}: the {@link App} settings plus the EventSub engine's. */
    public static class Builder extends EventSubBuilder<Builder> {
        /** Starts a builder with the application's credentials. */
        protected Builder(String clientId, String clientSecret) {
            super(clientId, clientSecret);
        }

        /**
         * Twitch's WebSocket limits: subscriptions per socket (300) and sockets per user (3). Lower them only to
         * test the spill-over.
         */
        public Builder socketLimits(int subscriptionsPerSocket, int sockets) {
            client.maxSubscriptionsPerSocket = Checks.inRange(subscriptionsPerSocket, 1, 300, "subscriptionsPerSocket");
            client.maxSockets = Checks.inRange(sockets, 1, 3, "sockets");
            return this;
        }

        /**
         * Runs the sockets' timers (keepalive watchdog, reconnect backoff, hand-over deadline) on {@code scheduler}
         * instead of a thread of the client's own: one scheduler can serve many clients, so a process with a
         * {@code ClientUser} per user keeps a fixed number of threads. Its tasks are short and never block. The
         * client cancels its timers when it closes and never shuts the scheduler down.
         */
        public Builder sessionScheduler(ScheduledExecutorService scheduler) {
            client.sessionScheduler = Checks.notNull(scheduler, "scheduler");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ClientUser build() {
            return new ClientUser(this);
        }
    }
}
