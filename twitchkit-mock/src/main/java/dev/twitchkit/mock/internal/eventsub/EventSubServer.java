package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.MockCounters;
import dev.twitchkit.mock.MockState;
import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.SubscriptionRequest;
import dev.twitchkit.mock.WebhookDelivery;
import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The EventSub side of the mock: WebSocket sessions and their timers, subscriptions and Twitch's limits on
 * them, and delivery of notifications. All state changes happen under one lock ({@code this}); the send
 * path reads volatile fields and sends outside it.
 */
public final class EventSubServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventSubServer.class);

    /** Condition fields a notification is routed (and a trigger targeted) by, in order of preference. */
    public static final List<String> ROUTING_FIELDS = List.of("broadcaster_user_id", "to_broadcaster_user_id",
            "from_broadcaster_user_id", "user_id", "organization_id", "extension_client_id", "client_id");
    /** How many closed sessions stay visible to {@code MockTwitch.session(id)}. */
    static final int CLOSED_SESSIONS_KEPT = 1_000;
    private static final Set<String> REVOCATION_STATUSES =
            Set.of("user_removed", "authorization_revoked", "version_removed", "moderator_removed");

    private final EventSubSettings settings;
    private final AuthStore auth;
    private final Clock clock;
    private final Catalog catalog;
    private final Frames frames;
    private final ObjectMapper json;
    private final Supplier<String> webSocketUrl;
    private final Counters counters;
    private final SubscriptionRules rules;
    private final SocketTimers timers = new SocketTimers();
    private final Map<String, SocketSession> sessions = new LinkedHashMap<>();
    private final Map<String, SocketSession> reconnectTokens = new HashMap<>();
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final BlockingQueue<SubscriptionRequest> requests = new LinkedBlockingQueue<>();
    private final List<WebhookDelivery> webhookDeliveries = new CopyOnWriteArrayList<>();
    private final WebhookCaller webhooks;
    /** Messages in a row that ran out of retries, per webhook subscription or conduit shard. */
    private final Map<String, Integer> webhookFailures = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile ConduitHooks conduits;

    public EventSubServer(EventSubSettings settings, AuthStore auth, Clock clock, ObjectMapper json,
                          Catalog catalog, Supplier<String> webSocketUrl) {
        this.settings = settings;
        this.counters = new Counters(settings.messageIdHistory());
        this.auth = auth;
        this.clock = clock;
        this.json = json;
        this.catalog = catalog;
        this.frames = new Frames(json);
        this.rules = new SubscriptionRules(auth);
        this.webSocketUrl = webSocketUrl;
        this.webhooks = new WebhookCaller(json, clock, new WebhookCaller.Policy(settings.webhookRetries(),
                settings.webhookFirstRetryDelay(), settings.webhookTimeout()));
    }

    /** Who calls webhook callbacks. */
    public WebhookCaller webhooks() {
        return webhooks;
    }

    public void conduits(ConduitHooks hooks) {
        this.conduits = hooks;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Clock clock() {
        return clock;
    }

    public Frames frames() {
        return frames;
    }

    /** Runs a connection's flush of batched frames on the flush thread. */
    void flushSoon(Runnable flush) {
        timers.flush(flush);
    }

    /** Runs a task that may send, off the timer and flush threads; dropped quietly once the mock is closing. */
    public void runLater(Runnable task) {
        timers.soon(task);
    }

    public Counters counters() {
        return counters;
    }

    public AuthStore auth() {
        return auth;
    }

    public EventSubSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- sockets

    /**
     * Creates the endpoint for each upgrade of {@code /ws}. {@code keepalive_timeout_seconds} must be an
     * integer; numbers outside 10..600 (the lower bound is {@code Settings.minKeepalive}) are clamped, and a
     * non-numeric value is refused before the upgrade with HTTP 400, as nothing useful can be welcomed.
     */
    public WebSocketCreator creator() {
        return (request, response, callback) -> {
            Map<String, String> query = parseQuery(request.getHttpURI().getQuery());
            String reconnect = query.get("reconnect_token");
            int keepalive;
            try {
                keepalive = keepaliveSeconds(query.get("keepalive_timeout_seconds"));
            } catch (NumberFormatException e) {
                Response.writeError(request, response, callback, 400,
                        "keepalive_timeout_seconds must be an integer between 10 and 600");
                return null;
            }
            return new WsConnection(this, reconnect, keepalive, clock.instant());
        };
    }

    int keepaliveSeconds(String requested) {
        int min = (int) Math.max(1, Math.min(600, settings.minKeepalive().toSeconds()));
        if (requested == null || requested.isEmpty()) {
            return (int) Math.max(min, Math.min(600, settings.defaultKeepalive().toSeconds()));
        }
        long asked = Long.parseLong(requested.trim());
        return (int) Math.max(min, Math.min(600, asked));
    }

    void opened(WsConnection connection) {
        String token = connection.reconnectToken();
        if (token != null) {
            SocketSession session;
            synchronized (this) {
                session = reconnectTokens.remove(token);
                if (session == null || !session.connected()) {
                    connection.closeWith(4007, "invalid reconnect", null);
                    return;
                }
                connection.session(session);
                connection.trySend(frames.welcome(session.id(), session.keepaliveSeconds(), connection.openedAt(),
                        clock.instant()));
                // From here on the new connection gets the notifications; the old one stays open until the
                // client closes it or the reconnect grace runs out (4004).
                session.current(connection);
                session.state(SocketSession.State.CONNECTED);
            }
            startTimers(connection, session.keepaliveSeconds());
            return;
        }
        SocketSession session;
        synchronized (this) {
            session = new SocketSession(newSessionId(), connection.keepaliveSeconds(), connection.openedAt(),
                    connection);
            sessions.put(session.id(), session);
            forgetOldClosedSessions();
            connection.session(session);
            connection.trySend(frames.welcome(session.id(), session.keepaliveSeconds(), connection.openedAt(),
                    clock.instant()));
        }
        startTimers(connection, session.keepaliveSeconds());
        if (settings.requireSubscription()) {
            // The mock cannot tell a socket meant for a conduit shard from one meant for subscriptions, so
            // both windows apply to every socket: unused (no subscription, no shard) at either one means 4003.
            scheduleUnusedCheck(connection, settings.subscriptionTimeout());
            scheduleUnusedCheck(connection, settings.shardAssociationTimeout());
        }
    }

    private void scheduleUnusedCheck(WsConnection connection, Duration after) {
        timers.after(after, () -> {
            SocketSession session = connection.session();
            boolean unused;
            synchronized (this) {
                unused = !session.used() && (conduits == null || !conduits.holdsSession(session.id()));
            }
            if (unused && connection.open() && session.current() == connection) {
                connection.closeWith(4003, "connection unused", "websocket_connection_unused");
            }
        });
    }

    private void startTimers(WsConnection connection, int keepaliveSeconds) {
        timers.keepalives(connection, keepaliveSeconds, () -> frames.keepalive(clock.instant()));
        timers.pings(connection, settings.pingInterval());
    }

    void closed(WsConnection connection, int code) {
        SocketSession session = connection.session();
        if (session == null) {
            return;
        }
        synchronized (this) {
            if (session.current() != connection || !session.connected()) {
                return; // an old connection after a completed handover: the session lives on
            }
            String status = connection.closeStatus() != null ? connection.closeStatus() : "websocket_disconnected";
            lose(session, status);
        }
    }

    /**
     * Keeps a long-running mock (the CLI's) from holding every session it ever saw: past
     * {@link #CLOSED_SESSIONS_KEPT} closed sessions, the oldest closed ones are forgotten. Their
     * subscriptions stay listed.
     */
    private void forgetOldClosedSessions() {
        long closed = sessions.values().stream().filter(x -> !x.connected()).count();
        if (closed > CLOSED_SESSIONS_KEPT) {
            long excess = closed - CLOSED_SESSIONS_KEPT;
            var it = sessions.values().iterator();
            while (excess > 0 && it.hasNext()) {
                if (!it.next().connected()) {
                    it.remove();
                    excess--;
                }
            }
        }
    }

    /** A session is gone: its subscriptions are disabled with {@code status} and never replayed. */
    private void lose(SocketSession session, String status) {
        Instant now = clock.instant();
        session.state(SocketSession.State.CLOSED);
        session.disconnectedAt(now);
        reconnectTokens.values().removeIf(s -> s == session);
        for (Subscription sub : subscriptions.values()) {
            if (sub.isWebSocket() && sub.transport().target().equals(session.id()) && sub.enabled()) {
                sub.disable(status, now);
            }
        }
        ConduitHooks hooks = conduits;
        if (hooks != null) {
            hooks.sessionLost(session.id(), status);
        }
        log.debug("eventsub session {} lost: {}", session.id(), status);
    }

    /** Sends {@code session_reconnect}; the returned URL welcomes the same session once. */
    public String reconnect(String sessionId) {
        WsConnection old;
        String url;
        synchronized (this) {
            SocketSession session = liveSession(sessionId);
            old = session.current();
            String token = Ids.alnum(32);
            reconnectTokens.put(token, session);
            session.state(SocketSession.State.RECONNECTING);
            url = webSocketUrl.get() + "?reconnect_token=" + token;
            old.trySend(frames.reconnect(session.id(), url, session.connectedAt(), clock.instant()));
        }
        timers.after(settings.reconnectGrace(), () -> {
            SocketSession session = old.session();
            if (!old.open()) {
                return;
            }
            boolean stillCurrent;
            synchronized (this) {
                stillCurrent = session.current() == old;
            }
            old.closeWith(4004, "reconnect grace time expired", stillCurrent ? "websocket_failed_to_reconnect" : null);
        });
        return url;
    }

    /** Closes a session's connection with a close code (4000..4007 or any valid one). */
    public void close(String sessionId, int code) {
        String status = switch (code) {
            case 4000 -> "websocket_internal_error";
            case 4001 -> "websocket_received_inbound_traffic";
            case 4002 -> "websocket_failed_ping_pong";
            case 4003 -> "websocket_connection_unused";
            case 4004 -> "websocket_failed_to_reconnect";
            case 4005 -> "websocket_network_timeout";
            case 4006 -> "websocket_network_error";
            default -> "websocket_disconnected";
        };
        String reason = switch (code) {
            case 4000 -> "internal server error";
            case 4001 -> "client sent inbound traffic";
            case 4002 -> "client failed ping-pong";
            case 4003 -> "connection unused";
            case 4004 -> "reconnect grace time expired";
            case 4005 -> "network timeout";
            case 4006 -> "network error";
            case 4007 -> "invalid reconnect";
            default -> "closed by the mock";
        };
        if (code < 1000 || code > 4999 || code == 1005 || code == 1006 || code == 1015) {
            throw new IllegalArgumentException("not a close code a server may send: " + code);
        }
        connectionOf(sessionId).closeWith(code, reason, status);
    }

    public void dropTcp(String sessionId) {
        connectionOf(sessionId).dropTcp();
    }

    public void stopKeepalives(String sessionId) {
        connectionOf(sessionId).stopKeepalives();
    }

    /** Sends a text frame as is, even malformed JSON. */
    public void sendRaw(String sessionId, String frame) {
        Objects.requireNonNull(frame, "frame");
        if (!connectionOf(sessionId).send(frame)) {
            throw new IllegalStateException("session " + sessionId + " could not take the frame");
        }
    }

    private WsConnection connectionOf(String sessionId) {
        synchronized (this) {
            return liveSession(sessionId).current();
        }
    }

    private SocketSession liveSession(String sessionId) {
        SocketSession session = sessions.get(sessionId);
        if (session == null) {
            throw new IllegalArgumentException("no such session: " + sessionId);
        }
        if (!session.connected()) {
            throw new IllegalStateException("session " + sessionId + " is disconnected");
        }
        return session;
    }

    public synchronized Optional<SocketSession> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    /** Every session ever welcomed, oldest first. */
    public synchronized List<SocketSession> sessions() {
        return List.copyOf(sessions.values());
    }

    /** The live connection of a session, for conduit delivery. */
    public Optional<WsConnection> liveConnection(String sessionId) {
        SocketSession session;
        synchronized (this) {
            session = sessions.get(sessionId);
        }
        if (session == null || !session.connected()) {
            return Optional.empty();
        }
        WsConnection c = session.current();
        return c != null && c.open() ? Optional.of(c) : Optional.empty();
    }

    // ---------------------------------------------------------------- subscriptions

    /**
     * Creates a subscription after every Twitch rule ({@link SubscriptionRules}) and the live-session and
     * conduit checks. Throws {@link TwitchHttpError} with Twitch's status and text.
     */
    public synchronized Subscription create(AuthStore.Token token, CatalogEntry entry, Map<String, String> condition,
                                            String method, String target) {
        return create(token, entry, condition, method, target, null);
    }

    /**
     * {@link #create(AuthStore.Token, CatalogEntry, Map, String, String)} with a webhook's signing secret: a
     * webhook subscription whose callback the mock calls ({@link WebhookCaller#callable}) waits in
     * {@code webhook_callback_verification_pending} for the answer to its challenge.
     */
    public synchronized Subscription create(AuthStore.Token token, CatalogEntry entry, Map<String, String> condition,
                                            String method, String target, String secret) {
        rules.checkTransport(entry, method, token);
        rules.checkConditionUsers(condition);
        rules.authorize(token, entry, condition);
        SocketSession session = null;
        if (method.equals("websocket")) {
            session = sessions.get(target);
            if (session == null || !session.connected()) {
                throw TwitchHttpError.badRequest(
                        "websocket transport session does not exist or has already disconnected");
            }
            if (session.userId() != null && !session.userId().equals(token.userId())) {
                throw TwitchHttpError.badRequest("websocket transport session belongs to another user");
            }
        } else if (method.equals("conduit")) {
            ConduitHooks hooks = conduits;
            if (hooks == null) {
                throw TwitchHttpError.badRequest("conduit does not exist");
            }
            hooks.checkConduit(token.clientId(), target);
        }
        int cost = rules.cost(token.clientId(), condition);
        rules.checkLimits(token, entry, condition, method, target, subscriptions.values(), cost, totalCost(token));
        Subscription sub = new Subscription(Ids.uuid(), entry, condition,
                new Subscription.Transport(method, target, session == null ? null : session.connectedAt(), secret),
                token.clientId(), token.userId(), cost, clock.instant());
        subscriptions.put(sub.id(), sub);
        if (sub.isWebhook() && WebhookCaller.callable(target)) {
            sub.awaitVerification(); // the challenge goes out once Twitch's answer is written: startVerification
        }
        if (session != null) {
            session.owner(token.clientId(), token.userId());
            session.markUsed();
        }
        return sub;
    }

    /** Sends a pending webhook subscription's challenge; its answer enables or fails the subscription. */
    public void startVerification(Subscription sub) {
        if ("webhook_callback_verification_pending".equals(sub.status())) {
            webhooks.challenge(new WebhookCaller.Target(sub.transport().target(), sub.transport().secret()), sub,
                    ok -> verified(sub, ok));
        }
    }

    /** The challenge's answer: a pending subscription becomes enabled, or failed for good. */
    private synchronized void verified(Subscription sub, boolean ok) {
        if (!"webhook_callback_verification_pending".equals(sub.status())) {
            return;
        }
        if (ok) {
            sub.verified();
        } else {
            sub.disable("webhook_callback_verification_failed", clock.instant());
        }
    }

    /** The cost of the enabled subscriptions a token's limits count: its user's websockets, or the app's. */
    public synchronized int totalCost(AuthStore.Token token) {
        return ownedBy(token).stream().filter(Subscription::enabled).mapToInt(Subscription::cost).sum();
    }

    public int maxTotalCost(AuthStore.Token token) {
        return SubscriptionRules.maxTotalCost(token);
    }

    /** What Get EventSub Subscriptions lists for a token: a user token its user's, an app token the app's. */
    public synchronized List<Subscription> ownedBy(AuthStore.Token token) {
        return subscriptions.values().stream()
                .filter(s -> s.clientId().equals(token.clientId()) && Objects.equals(s.userId(), token.userId()))
                .toList();
    }

    public synchronized Optional<Subscription> subscription(String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    public synchronized List<Subscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    /**
     * The subscriptions a mock's saved state keeps: webhook and conduit ones. WebSocket ones are left out: on Twitch
     * they die with their session, and the session dies with the mock.
     */
    public synchronized List<MockState.Subscription> saved() {
        return subscriptions.values().stream().filter(s -> !s.isWebSocket())
                .map(s -> new MockState.Subscription(s.id(), s.type(), s.version(), s.condition(),
                        s.transport().method(), s.transport().target(), s.transport().secret(), s.clientId(),
                        s.userId(), s.cost(), s.createdAt(), s.status()))
                .toList();
    }

    /**
     * Brings back the subscriptions of a saved state as they were (id, status, cost, creation time), before the mock
     * serves; a webhook one still waiting for its challenge's answer is challenged again by
     * {@link #startVerification}.
     *
     * @throws IllegalArgumentException for a type and version the catalog does not know, a WebSocket transport, or
     *     a conduit of another client or none (restore the conduits first)
     */
    public synchronized void restore(List<MockState.Subscription> saved) {
        for (MockState.Subscription s : saved) {
            CatalogEntry entry = catalog.find(s.type(), s.version()).orElseThrow(() -> new IllegalArgumentException(
                    "subscription " + s.id() + " has a type and version the mock does not know: " + s.type()
                            + " version " + s.version()));
            if (!"webhook".equals(s.method()) && !"conduit".equals(s.method())) {
                throw new IllegalArgumentException("subscription " + s.id() + " must have the method webhook or "
                        + "conduit, got " + s.method());
            }
            if ("conduit".equals(s.method())) {
                try {
                    conduits.checkConduit(s.clientId(), s.target());
                } catch (TwitchHttpError e) {
                    throw new IllegalArgumentException("subscription " + s.id() + " names conduit " + s.target()
                            + ", which its client " + s.clientId() + " does not have");
                }
            }
            Subscription sub = new Subscription(s.id(), entry, s.condition(),
                    new Subscription.Transport(s.method(), s.target(), null, s.secret()), s.clientId(), s.userId(),
                    s.cost(), s.createdAt());
            if ("webhook_callback_verification_pending".equals(s.status())) {
                sub.awaitVerification();
            } else if (!sub.status().equals(s.status())) {
                sub.disable(s.status(), clock.instant());
            }
            subscriptions.put(sub.id(), sub);
        }
    }

    public synchronized void delete(Subscription sub) {
        subscriptions.remove(sub.id());
    }

    /** Conduit deletion: its subscriptions end with {@code conduit_deleted} and are removed. */
    public synchronized void deleteConduitSubscriptions(String conduitId) {
        subscriptions.values().removeIf(s -> {
            if (s.isConduit() && s.transport().target().equals(conduitId)) {
                s.disable("conduit_deleted", clock.instant());
                return true;
            }
            return false;
        });
    }

    public synchronized void markUsed(String sessionId) {
        SocketSession s = sessions.get(sessionId);
        if (s != null) {
            s.markUsed();
        }
    }

    public void record(SubscriptionRequest request) {
        requests.add(request);
    }

    /** The next recorded create request, waiting up to {@code timeout}; empty when none came. */
    public Optional<SubscriptionRequest> takeRequest(Duration timeout) {
        try {
            return Optional.ofNullable(requests.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public static MockSubscription snapshot(Subscription s) {
        return new MockSubscription(s.id(), s.status(), s.type(), s.version(), s.cost(), s.condition(),
                s.transport().method(), s.transport().target(), s.clientId(), s.userId(), s.createdAt(),
                s.disconnectedAt());
    }

    // ---------------------------------------------------------------- delivery

    /**
     * Builds notifications from a fixture of (type, version) and sends one per matching enabled subscription
     * and repetition. The users the events make up (a fresh follower, chatter, gifter) are created in the
     * {@link AuthStore} with the id, login and name the event shows, so Helix look-ups of them answer.
     *
     * @param fixture the entry's fixture or its variant ({@link Catalog#fixture}, {@link Catalog#nullsFixture})
     * @param filter condition fields a subscription must have with these values (empty: every subscription)
     * @return the message ids sent, in order
     */
    public List<String> trigger(CatalogEntry entry, JsonNode fixture, Map<String, String> filter,
                                Map<String, JsonNode> overrides, int repeat) {
        EventTemplate template = EventTemplate.compile(json, fixture, overrides,
                id -> auth.userById(id).map(u -> new EventTemplate.UserNames(u.login(), u.displayName())));
        List<Subscription> targets;
        synchronized (this) {
            targets = subscriptions.values().stream()
                    .filter(s -> s.enabled() && s.entry().equals(entry)
                            && filter.entrySet().stream().allMatch(f -> f.getValue().equals(s.condition().get(f.getKey()))))
                    .toList();
        }
        List<String> ids = new ArrayList<>(targets.size() * repeat);
        for (int r = 0; r < repeat; r++) {
            String[] values = template.freshValues(clock.instant());
            Set<String> madeUp = new HashSet<>();
            for (Subscription sub : targets) {
                template.freshUsers(sub.condition(), values).stream().filter(u -> madeUp.add(u.id()))
                        .forEach(u -> auth.createUserIfAbsent(u.id(), u.login(), u.displayName()));
                String id = deliver(sub, template.payloadKey(), template.render(sub.condition(), values));
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Sends one notification with a fresh message id; the id, or null when it was dropped. */
    public String deliver(Subscription sub, String payloadKey, String eventJson) {
        if (!sub.enabled()) {
            counters.dropped();
            return null;
        }
        String messageId = Ids.uuid();
        String frame = frames.notification(messageId, clock.instant(), sub, payloadKey, eventJson);
        if (!route(sub, frame, true)) {
            counters.dropped();
            return null;
        }
        counters.sent(messageId, sub, frame);
        return messageId;
    }

    private boolean route(Subscription sub, String frame, boolean notification) {
        if (sub.isWebSocket()) {
            return liveConnection(sub.transport().target()).map(c -> c.send(frame)).orElse(false);
        }
        if (sub.isWebhook()) {
            String callback = sub.transport().target();
            recordWebhook(new WebhookDelivery(null, null, callback, frame));
            if (WebhookCaller.callable(callback)) {
                webhooks.post(new WebhookCaller.Target(callback, sub.transport().secret()), frame,
                        delivered -> {
                            if (notification && failedTooOften(sub.id(), delivered)) {
                                revokeForFailures(sub);
                            }
                        });
            }
            return true;
        }
        ConduitHooks hooks = conduits;
        return sub.isConduit() && hooks != null && hooks.deliver(sub, routingKey(sub.condition()), frame);
    }

    /**
     * Counts a webhook message's outcome for its target (subscription or shard): true when this failure makes
     * {@code EventSubSettings.webhookFailureLimit} in a row. A delivery resets the count.
     */
    public boolean failedTooOften(String target, boolean delivered) {
        if (delivered) {
            webhookFailures.remove(target);
            return false;
        }
        if (webhookFailures.merge(target, 1, Integer::sum) < settings.webhookFailureLimit()) {
            return false;
        }
        webhookFailures.remove(target); // counted afresh should the target be enabled again
        return true;
    }

    /** Twitch's answer to a callback that keeps failing: revoked with {@code notification_failures_exceeded}. */
    private void revokeForFailures(Subscription sub) {
        synchronized (this) {
            if (!sub.enabled()) {
                return;
            }
            sub.disable("notification_failures_exceeded", clock.instant());
        }
        log.debug("webhook subscription {} revoked: notification_failures_exceeded", sub.id());
        route(sub, frames.revocation(sub, clock.instant()), false);
    }

    /**
     * Records every notification for a webhook (webhook subscriptions and webhook shards), called or not; the
     * mock calls only callbacks on this machine ({@link WebhookCaller#callable}).
     */
    public void recordWebhook(WebhookDelivery delivery) {
        webhookDeliveries.add(delivery);
    }

    public List<WebhookDelivery> webhookDeliveries() {
        return List.copyOf(webhookDeliveries);
    }

    /**
     * Sends a recently sent notification again, unchanged (same {@code message_id}), to wherever its
     * subscription now delivers, as Twitch's at-least-once delivery may. False when it found no target.
     */
    public boolean resend(String messageId) {
        Counters.Entry sent = counters.resendable(messageId).orElseThrow(() -> new IllegalArgumentException(
                "no recently sent notification with message id " + messageId));
        String frame = sent.frame;
        if (frame == null || !sent.subscription.enabled() || !route(sent.subscription, frame, true)) {
            counters.dropped();
            return false;
        }
        counters.resent(sent);
        return true;
    }

    /** Revokes a subscription: it takes the status, gets a {@code revocation} message, and nothing after. */
    public String revoke(String subscriptionId, String status) {
        if (!REVOCATION_STATUSES.contains(status)) {
            throw new IllegalArgumentException("revocation status must be one of " + REVOCATION_STATUSES
                    + ", got " + status);
        }
        Subscription sub;
        synchronized (this) {
            sub = subscriptions.get(subscriptionId);
            if (sub == null) {
                throw new IllegalArgumentException("no such subscription: " + subscriptionId);
            }
            if (!sub.enabled()) {
                throw new IllegalStateException("subscription " + subscriptionId + " is already " + sub.status());
            }
            sub.disable(status, clock.instant());
        }
        String frame = frames.revocation(sub, clock.instant());
        if (!route(sub, frame, false)) {
            counters.dropped();
        }
        return sub.id();
    }

    /** The value a notification is routed (and a trigger targeted) by: the condition's broadcaster, or its first value. */
    public static String routingKey(Map<String, String> condition) {
        for (String field : ROUTING_FIELDS) {
            String v = condition.get(field);
            if (v != null) {
                return v;
            }
        }
        return condition.values().stream().findFirst().orElse("");
    }

    public MockCounters counterSnapshot() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        timers.close();
        webhooks.close();
    }

    private static String newSessionId() {
        byte[] bytes = new byte[18];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "AQoQ" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "AB";
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                // A malformed pair is ignored, as an unknown parameter would be.
            }
        }
        return out;
    }
}
