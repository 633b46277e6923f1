package dev.twitchkit;

import dev.twitchkit.conduit.ConduitManager;
import dev.twitchkit.conduit.Shard;
import dev.twitchkit.conduit.ShardException;
import dev.twitchkit.conduit.ShardInUseException;
import dev.twitchkit.conduit.ShardNotFoundException;
import dev.twitchkit.conduit.internal.ConduitEventSub;
import dev.twitchkit.conduit.internal.ShardAssociator;
import dev.twitchkit.conduit.internal.ShardConnection;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.event.ConduitShardDisabledEvent;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.internal.session.MessageIdWindow;
import dev.twitchkit.eventsub.internal.session.SessionCounters;
import dev.twitchkit.eventsub.internal.session.SessionListener;
import dev.twitchkit.eventsub.internal.session.SessionMachine;
import dev.twitchkit.eventsub.internal.session.SessionSettings;
import dev.twitchkit.eventsub.internal.socket.EventSubSocket;
import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import dev.twitchkit.eventsub.lifecycle.ShardConnectedEvent;
import dev.twitchkit.helix.conduits.ConduitShard;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.DaemonThreads;
import dev.twitchkit.internal.Futures;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Twitch application on a conduit: subscriptions live on the conduit (created with the app token) and this
 * client runs one of its shards over an EventSub WebSocket. Several processes can share a conduit, each taking a
 * shard no other holds.
 *
 * <pre>{@code
 * try (ClientApp app = ClientApp.builder(clientId, clientSecret).build()) {
 *     app.on(ChannelFollowEvent.class, n -> System.out.println(n.event().userName() + " followed"));
 *     app.start(conduitId, List.of(0, 1, 2)).join();          // the first of 0, 1, 2 that no one holds
 *     app.eventsub().channelFollow(broadcasterId, moderatorId).join();
 *     app.waitUntilClosed();
 * }
 * }</pre>
 *
 * <p>The shard's session runs on the engine {@link ClientUser} uses (decoder, session machine, dispatcher). A
 * {@code session_reconnect} keeps the session id and so the shard; after a real loss the new session is associated
 * with the same shard as soon as it is welcomed, inside Twitch's 10 s. The client also subscribes to
 * {@code conduit.shard.disabled} and re-associates a disabled shard at once, and compares the shards with Twitch's
 * view on a slow timer as a safety net; a shard another process took over is given up, not fought for.
 *
 * <p>Across processes: a {@code conduit.shard.disabled} for a shard another process holds points that shard at its
 * session again (restoring an owner whose socket is alive, which Twitch did not tell); a client built with
 * {@code standby(pollInterval)} that found every shard held polls Twitch and takes the first freed one; and a
 * shard just taken is compared with Twitch's view after 1, 3 and 9 s, so of two processes that took the same free
 * shard at once the one Twitch overrode moves on within seconds.
 *
 * <p>Ready ({@link ReadyEvent}, carrying the client id) means the shard is associated, not merely authorized.
 */
public class ClientApp extends EventSubClient {
    private static final Logger LOG = LoggerFactory.getLogger(ClientApp.class);
    /** When a shard just taken is compared with Twitch's view (see {@link #confirmSoon}). */
    private static final List<Duration> CONFIRM_AFTER = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(9));

    private final EngineSettings settings;
    private final ConduitSettings conduitSettings;
    private final SessionSettings sessionSettings;
    private final WebSocketTransport sockets;
    private final ExecutorService ownedIoExecutor;
    private final ShardAssociator associator;
    private final ConduitManager conduitManager;
    private final ShardHost host = new ShardHost();
    /** Message ids across all shards (each session also has its own window, as in ClientUser). */
    private final MessageIdWindow seenAcrossShards;
    private final ConcurrentSkipListMap<Integer, ShardConnection> shards = new ConcurrentSkipListMap<>();
    /** What every shard's session machines did, the replaced and retired ones included. */
    private final SessionCounters sessionTotals = new SessionCounters();
    /** Shards Twitch no longer routes to, read for a grace before they close. */
    private final Set<ShardConnection> retiring = ConcurrentHashMap.newKeySet();
    private final Map<String, ConduitEventSub> eventSubs = new ConcurrentHashMap<>();
    private final Set<String> watchedConduits = ConcurrentHashMap.newKeySet();
    /** {@link #launchFirstFree} calls not yet done (a standby's can wait long): failed when the client closes. */
    private final Set<CompletableFuture<Shard>> waiting = ConcurrentHashMap.newKeySet();
    private volatile String conduitId;
    /** The shard ids {@link #connect} chooses from (ClientApp's first-free mode); null otherwise. */
    private volatile List<Integer> selection;
    private volatile ScheduledFuture<?> checkTask;

    /** Builds a client from its builder; subclasses call this from their constructors. */
    protected ClientApp(Builder<?> builder) {
        super(builder.withBoundedHttpClient(), "twitchkit-conduit", LOG);
        this.settings = builder.client;
        this.sockets = settings.transport(this::httpClient, sessionScheduler());
        this.conduitSettings = builder.conduit;
        this.ownedIoExecutor = builder.ownedIoExecutor;
        this.sessionSettings = settings.session(urls());
        this.seenAcrossShards = new MessageIdWindow(sessionSettings.dedupeWindow(), sessionSettings.dedupeMaxIds(),
                clock());
        this.associator = new ShardAssociator(() -> application().conduits(), sessionScheduler(),
                conduitSettings.associationLinger);
        this.conduitManager = new ConduitManager(this::application);
    }

    /**
     * Starts a builder; the client secret is needed for the app token (client credentials), so a null one fails
     * here with a {@link dev.twitchkit.auth.ClientSecretRequiredException}.
     */
    public static Builder<?> builder(String clientId, String clientSecret) {
        return new ClientAppBuilder(clientId, clientSecret);
    }

    // ---- the seed's surface ----

    /**
     * Runs this client on the first shard of {@code shardIds} that is not enabled at Twitch (other processes hold
     * the enabled ones). Completes, and fires {@link ReadyEvent}, when the shard is associated with the session.
     * Fails with {@link ShardNotFoundException} when every listed shard is enabled (a {@code standby} client waits
     * for one to become free instead), with a
     * {@link dev.twitchkit.conduit.ShardException} when Twitch refuses the shard, and with a
     * {@link TimeoutException} when the shard was not associated within {@code shardConnectTimeout}.
     */
    public CompletableFuture<Void> connect(String conduitId, List<Integer> shardIds) {
        Checks.notBlank(conduitId, "conduitId");
        List<Integer> ids = checkShardIds(shardIds);
        requireOpen();
        if (!shards.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("this client runs a shard already: "
                    + shards.values()));
        }
        useConduit(conduitId);
        selection = ids;
        return launchFirstFree(conduitId, ids).thenCompose(shard -> watch(conduitId)).thenRun(this::markReady);
    }

    /**
     * Takes the first shard of {@code ids} that is not enabled. Fails when none is free, unless the client is a
     * standby: it then asks Twitch again every {@code standbyPollInterval} until one is (a process holding a shard
     * died, or lost a race), and completes then.
     */
    private CompletableFuture<Shard> launchFirstFree(String conduitId, List<Integer> ids) {
        CompletableFuture<Shard> result = new CompletableFuture<>();
        waiting.add(result);
        result.whenComplete((s, e) -> waiting.remove(result));
        tryFirstFree(conduitId, ids, result);
        return result;
    }

    /** One attempt of {@link #launchFirstFree}; a standby's next attempt completes the same {@code result}. */
    private void tryFirstFree(String conduitId, List<Integer> ids, CompletableFuture<Shard> result) {
        if (closing()) {
            result.completeExceptionally(closedBeforeShard());
            return;
        }
        conduitManager.shards(conduitId, "enabled").thenCompose(enabled -> {
            Set<Integer> taken = new HashSet<>();
            enabled.forEach(s -> taken.add(Integer.parseInt(s.id())));
            Integer free = ids.stream().filter(id -> !taken.contains(id)).findFirst()
                    .orElseThrow(() -> new ShardNotFoundException(conduitId, ids));
            return launch(conduitId, free);
        }).whenComplete((shard, error) -> {
            if (error == null) {
                confirmSoon(conduitId);
                result.complete(shard);
            } else {
                standBy(conduitId, ids, result, Futures.unwrap(error));
            }
        });
    }

    private static IllegalStateException closedBeforeShard() {
        return new IllegalStateException("the client was closed before it held a shard");
    }

    /** After a failed attempt: fails {@code result}, or for a standby tries again after the poll interval. */
    private void standBy(String conduitId, List<Integer> ids, CompletableFuture<Shard> result, Throwable cause) {
        Duration poll = conduitSettings.standbyPollInterval;
        if (poll == null || closing()) {
            result.completeExceptionally(cause);
            return;
        }
        if (cause instanceof ShardNotFoundException) {
            LOG.debug("every shard of {} in conduit {} is held; standing by", ids, conduitId);
        } else {
            LOG.warn("taking a shard of {} in conduit {} failed ({}); standing by", ids, conduitId, cause.toString());
        }
        try {
            sessionScheduler().schedule(() -> tryFirstFree(conduitId, ids, result), poll.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(cause);
        }
    }

    /**
     * Compares the shards with Twitch's view a few times shortly after taking one. Two processes that chose the
     * same free shard at once both have their association accepted, and only the later one holds the shard:
     * Twitch tells the earlier one nothing (the shard never stops being enabled), so without this it would learn
     * only at the slow {@code shardCheckInterval} check, its shard's slot empty meanwhile.
     */
    private void confirmSoon(String conduitId) {
        for (Duration after : CONFIRM_AFTER) {
            try {
                sessionScheduler().schedule(() -> checkConduit(conduitId), after.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                return; // closing
            }
        }
    }

    /** {@link #connect(String, List)} with the ids as arguments. */
    public CompletableFuture<Void> connect(String conduitId, int... shardIds) {
        return connect(conduitId, Arrays.stream(shardIds).boxed().toList());
    }

    /** {@link #authorize()} (app token, {@link #setupHook()}), then {@link #connect(String, List)}. */
    public CompletableFuture<Void> start(String conduitId, List<Integer> shardIds) {
        return trackStart(authorize().thenCompose(v -> connect(conduitId, shardIds)));
    }

    /** {@link #start(String, List)} on shard 0 (the seed's default). */
    public CompletableFuture<Void> start(String conduitId) {
        return start(conduitId, List.of(0));
    }

    /** {@link #start} and then blocks until {@link #close()}; an interrupt closes the client. */
    public void run(String conduitId, List<Integer> shardIds) {
        runUntilClosed(start(conduitId, shardIds));
    }

    /**
     * Points a shard at a session (Update Conduit Shards), as the seed's {@code identify_shard}; fires
     * {@link ShardConnectedEvent} on success. Fails with a {@link dev.twitchkit.conduit.ShardException} carrying
     * Twitch's per-shard error. The client's own shards are associated without this call.
     */
    public CompletableFuture<Void> identifyShard(String conduitId, int shardId, String sessionId) {
        Checks.notBlank(conduitId, "conduitId");
        Checks.inRange(shardId, 0, Integer.MAX_VALUE, "shardId");
        Checks.notBlank(sessionId, "sessionId");
        return associator.associate(conduitId, shardId, sessionId)
                .thenAccept(s -> offerClientEvent(new ShardConnectedEvent(conduitId, shardId, sessionId)));
    }

    /** Subscriptions on the conduit this client connected to. */
    public EventSub eventsub() {
        String id = conduitId;
        if (id == null) {
            throw new IllegalStateException("no conduit yet: call connect/start first, or eventsub(conduitId)");
        }
        return eventsub(id);
    }

    /** Subscriptions on a conduit of the application (with the app token). */
    public EventSub eventsub(String conduitId) {
        Checks.notBlank(conduitId, "conduitId");
        return eventSubs.computeIfAbsent(conduitId,
                id -> new ConduitEventSub(id, this::application, settings.ignoreConflict, this::grantedScopes));
    }

    /** The scopes a user granted this application, from its token registry; empty when it holds no token of theirs. */
    private Set<String> grantedScopes(String userId) {
        return getToken(userId).map(token -> token.scopes().values()).orElse(Set.of());
    }

    /** Managing the application's conduits: create, adopt, resize, remove a shard, delete, list shards. */
    public ConduitManager conduits() {
        return conduitManager;
    }

    /** The conduit this client connected to; null before {@link #connect}. */
    public String conduitId() {
        return conduitId;
    }

    /** The shard this client runs, once {@link #connect} chose it. */
    public Optional<Shard> shard() {
        return shards.values().stream().findFirst().map(s -> (Shard) s);
    }

    /**
     * Stops the shard check and closes every shard's session (1000), the retiring ones too; a standby's
     * {@code connect} fails.
     */
    @Override
    void closeSessions() {
        ScheduledFuture<?> task = checkTask;
        if (task != null) {
            task.cancel(false);
        }
        new ArrayList<>(shards.values()).forEach(ShardConnection::close);
        new ArrayList<>(retiring).forEach(ShardConnection::close);
        new ArrayList<>(waiting).forEach(w -> w.completeExceptionally(closedBeforeShard()));
    }

    /** The HTTP client's callback threads, once nothing uses the client any more. */
    @Override
    void afterAppClosed() {
        if (ownedIoExecutor != null) {
            ownedIoExecutor.shutdown();
        }
    }

    /**
     * What the client did so far, over every shard it ran (shards replaced, moved or removed included): the
     * sessions' figures (delivered, duplicates and stale dropped, handovers, sessions lost, keepalive timeouts) and
     * the dispatch and decoding ones.
     */
    @Override
    public EventSubStats stats() {
        EventSubStats base = super.stats();
        SessionCounters s = sessionTotals;
        return new EventSubStats(s.delivered(), s.duplicates(), s.stale(), base.dispatched(), base.overflowDropped(),
                base.handlerErrors(), s.handovers(), s.losses(), s.keepaliveTimeouts(), base.malformedFrames(),
                base.unknownMessageTypes(), base.unknownFields());
    }

    // ---- for MultiShardClientApp ----

    /**
     * Launches a shard: opens its session and associates it. Completes on the association; fails (and stops the
     * shard) when Twitch refuses it or it took longer than {@code shardConnectTimeout}.
     */
    protected CompletableFuture<Shard> launch(String conduitId, int shardId) {
        if (closing()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
        }
        ShardConnection shard = new ShardConnection(conduitId, shardId, dispatcher().newQueue("shard-" + shardId),
                associator, sessionScheduler(), host);
        ShardConnection existing = shards.putIfAbsent(shardId, shard);
        if (existing != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("shard " + shardId + " runs already"));
        }
        Duration timeout = conduitSettings.shardConnectTimeout;
        return shard.start().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((s, e) -> {
            if (e != null && Futures.unwrap(e) instanceof TimeoutException) {
                LOG.warn("shard {} of conduit {} was not associated within {}; giving it up", shardId, conduitId,
                        timeout);
                shard.close();
            }
        }).exceptionallyCompose(e -> {
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof TimeoutException) {
                TimeoutException t = new TimeoutException("shard " + shardId + " of conduit " + conduitId
                        + " was not associated within " + timeout);
                return CompletableFuture.failedFuture(t);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    /** The shards Twitch shows enabled on sessions this client does not own, among {@code shardIds}. */
    protected CompletableFuture<Map<Integer, String>> heldElsewhere(String conduitId, List<Integer> shardIds) {
        Set<Integer> wanted = new HashSet<>(shardIds);
        return conduitManager.shards(conduitId, "enabled").thenApply(enabled -> {
            Map<Integer, String> held = new java.util.TreeMap<>();
            for (ConduitShard s : enabled) {
                int id = Integer.parseInt(s.id());
                String session = s.transport() == null ? null : s.transport().sessionId();
                ShardConnection mine = shards.get(id);
                if (wanted.contains(id) && (mine == null || !mine.owns(session))) {
                    held.put(id, session);
                }
            }
            return held;
        });
    }

    /**
     * Subscribes the conduit to {@code conduit.shard.disabled} (once) and starts the slow shard check. A failed
     * subscription is logged, not fatal: the timer still repairs shards.
     */
    protected CompletableFuture<Void> watch(String conduitId) {
        startCheckTimer();
        if (!conduitSettings.watchShardDisabled || !watchedConduits.add(conduitId)) {
            return CompletableFuture.completedFuture(null);
        }
        return eventsub(conduitId).subscribe("conduit.shard.disabled", "1",
                        Map.of("client_id", clientId(), "conduit_id", conduitId))
                .handle((s, e) -> {
                    if (e != null) {
                        watchedConduits.remove(conduitId);
                        LOG.warn("could not subscribe conduit {} to conduit.shard.disabled: {}", conduitId,
                                Futures.unwrap(e).toString());
                    }
                    return null;
                });
    }

    /** Marks the client ready (once) and fires {@link ReadyEvent} with the client id. */
    protected void markReady() {
        signalReady(clientId());
    }

    /** Remembers the conduit {@link #eventsub()} works on. */
    protected void useConduit(String conduitId) {
        if (this.conduitId != null && !this.conduitId.equals(conduitId)) {
            throw new IllegalStateException("this client runs on conduit " + this.conduitId + " already");
        }
        this.conduitId = conduitId;
    }

    /**
     * Takes a shard out of the running ones and closes it after a grace in which its session is still read (Twitch
     * no longer routes to it, but may have written to it just before).
     */
    void retire(ShardConnection shard) {
        if (shards.remove(shard.id(), shard)) {
            retiring.add(shard);
            shard.retire();
        }
    }

    /** The running shards by id (package-private: the shards' type is internal). */
    ConcurrentSkipListMap<Integer, ShardConnection> runningShards() {
        return shards;
    }

    /** Whether the builder allowed taking shards other processes hold. */
    protected boolean takeOver() {
        return conduitSettings.takeOver;
    }

    /** How long a launched shard may take to connect and be associated. */
    protected Duration shardConnectTimeout() {
        return conduitSettings.shardConnectTimeout;
    }

    /**
     * Called when a shard stopped for good; reports a cause (not a plain close) to {@link #onError}. A
     * {@link ClientApp} whose shard another process took (two processes chose the same free shard at once) then
     * takes the next free shard of its list, as at {@link #connect}.
     */
    protected void shardStopped(Shard shard, Throwable cause) {
        if (cause == null || closing()) {
            return;
        }
        handlerFailed(cause, "shard " + shard.id() + " of conduit " + shard.conduitId()
                + (cause instanceof ShardInUseException ? " (taken over by another client)" : ""));
        List<Integer> ids = selection;
        if (cause instanceof ShardInUseException && ids != null && shards.isEmpty()) {
            LOG.info("shard {} was taken by another client; taking the next free one of {}", shard.id(), ids);
            launchFirstFree(shard.conduitId(), ids).whenComplete((s, e) -> {
                if (e != null) {
                    handlerFailed(Futures.unwrap(e), "taking another shard of conduit " + shard.conduitId());
                }
            });
        }
    }

    static List<Integer> checkShardIds(List<Integer> shardIds) {
        Checks.notNull(shardIds, "shardIds");
        if (shardIds.isEmpty()) {
            throw new IllegalArgumentException("shardIds must not be empty");
        }
        for (Integer id : shardIds) {
            if (id == null || id < 0 || id >= dev.twitchkit.helix.conduits.ConduitsApi.MAX_SHARDS) {
                throw new IllegalArgumentException("shard ids are 0 to " + (dev.twitchkit.helix.conduits.ConduitsApi.MAX_SHARDS
                        - 1) + ", got " + id);
            }
        }
        if (new HashSet<>(shardIds).size() != shardIds.size()) {
            throw new IllegalArgumentException("shard ids repeat: " + shardIds);
        }
        return List.copyOf(shardIds);
    }

    // ---- wiring ----

    private void requireOpen() {
        if (closing()) {
            throw new IllegalStateException("the client is closed");
        }
    }

    private void startCheckTimer() {
        synchronized (shards) {
            if (checkTask != null || closing()) {
                return;
            }
            long every = conduitSettings.shardCheckInterval.toMillis();
            checkTask = sessionScheduler().scheduleWithFixedDelay(this::checkShards, every, every,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The safety net: Twitch's view of every conduit this client runs shards of, compared shard by shard. */
    private void checkShards() {
        Set<String> conduits = new HashSet<>();
        shards.values().forEach(s -> conduits.add(s.conduitId()));
        conduits.forEach(this::checkConduit);
    }

    /** Twitch's view of one conduit, compared with the shards this client runs of it. */
    private void checkConduit(String id) {
        if (closing()) {
            return;
        }
        conduitManager.shards(id).whenComplete((remote, error) -> {
            if (error != null) {
                LOG.warn("shard check of conduit {} failed: {}", id, Futures.unwrap(error).toString());
                return;
            }
            for (ConduitShard r : remote) {
                ShardConnection local = shards.get(Integer.parseInt(r.id()));
                if (local != null && local.conduitId().equals(id)) {
                    local.check(r);
                }
            }
        });
    }

    /**
     * Another process's shard was disabled and Twitch told this client (it routes {@code conduit.shard.disabled}
     * to one shard of the conduit, not to the owner). If the shard is still down, it is pointed at the session it
     * was disabled on again: an owner whose socket is alive gets its shard back without knowing it was gone, and
     * a dead session is refused ({@code websocket_session_not_found}), leaving the shard free for a standby. A
     * shard enabled meanwhile (its owner, or a standby, took it) is left alone.
     */
    private void restoreOthersShard(ConduitShardDisabledEvent event, int shardId) {
        String conduit = event.conduitId();
        String session = event.transport() == null ? null : event.transport().sessionId();
        if (session == null || conduit == null || !conduit.equals(conduitId) || closing()) {
            return; // a webhook shard (Twitch's own failure logic applies), or a conduit this client does not run
        }
        conduitManager.shards(conduit).thenCompose(remote -> {
            boolean down = remote.stream().anyMatch(r -> r.id().equals(event.shardId()) && !"enabled".equals(r.status()));
            if (!down) {
                return CompletableFuture.completedFuture(false);
            }
            LOG.info("shard {} of conduit {} (another client's) was disabled ({}); pointing it at session {} again",
                    shardId, conduit, event.status(), session);
            return associator.associate(conduit, shardId, session).thenApply(s -> true);
        }).whenComplete((restored, error) -> {
            Throwable cause = error == null ? null : Futures.unwrap(error);
            if (cause instanceof ShardException se && "websocket_session_not_found".equals(se.code())) {
                LOG.info("shard {} of conduit {} is free: its session is gone; a standby takes it", shardId, conduit);
            } else if (cause != null) {
                LOG.warn("restoring shard {} of conduit {} failed: {}", shardId, conduit, cause.toString());
            } else if (restored) {
                LOG.info("shard {} of conduit {} is enabled again on session {}", shardId, conduit, session);
            }
        });
    }

    /** What the shards need from the client: machines on the shared engine, and news going up. */
    private final class ShardHost implements ShardConnection.Host {
        @Override
        public SessionMachine newMachine(ShardConnection shard, SessionListener listener) {
            SessionSettings s = sessionSettings;
            // A conduit shard's socket is always wanted: 4003 (not associated in time) means reconnect.
            return new SessionMachine("conduit[" + shard.conduitId() + "#" + shard.id() + "]", s,
                    (uri, l) -> EventSubSocket.create(sockets, uri, s.connectTimeout(), settings.maxMessageChars, l,
                            sessionScheduler()),
                    decoder(), listener, () -> true, sessionScheduler(), twitchClock(),
                    () -> ThreadLocalRandom.current().nextDouble(), SessionCounters.countingInto(sessionTotals));
        }

        @Override
        public void shardDisabled(ConduitShardDisabledEvent event) {
            if (event.shardId() == null) {
                return;
            }
            try {
                int id = Integer.parseInt(event.shardId());
                ShardConnection shard = shards.get(id);
                if (shard != null) {
                    shard.disabled(event);
                } else {
                    restoreOthersShard(event, id);
                }
            } catch (NumberFormatException e) {
                LOG.debug("conduit.shard.disabled for a shard id that is not a number: {}", event.shardId());
            }
        }

        @Override
        public void revoked(String subscriptionId) {
            eventSubs.values().forEach(e -> e.revoked(subscriptionId));
        }

        @Override
        public boolean firstTime(String messageId) {
            synchronized (seenAcrossShards) {
                return seenAcrossShards.firstTime(messageId);
            }
        }

        @Override
        public void stopped(ShardConnection shard, Throwable cause) {
            shards.remove(shard.id(), shard);
            retiring.remove(shard);
            shardStopped(shard, cause);
        }
    }

    /** The conduit side's settings. */
    static final class ConduitSettings {
        boolean takeOver;
        boolean watchShardDisabled = true;
        Duration shardCheckInterval = Duration.ofSeconds(120);
        Duration shardConnectTimeout = Duration.ofSeconds(180);
        Duration associationLinger = Duration.ofMillis(50);
        /** How often a client that found every shard held asks again; null: it fails instead. */
        Duration standbyPollInterval;
        int ioThreads = 2;
    }

    /** The builder {@link #builder} hands out: a plain ClientApp. */
    private static final class ClientAppBuilder extends Builder<ClientAppBuilder> {
        ClientAppBuilder(String clientId, String clientSecret) {
            super(clientId, clientSecret);
        }

        @Override
        protected ClientAppBuilder self() {
            return this;
        }
    }

    /**
     * Configures a {@link ClientApp}: the {@link App} settings, the EventSub engine's and the conduit's. Each setter
     * returns the concrete builder {@code B}, so subclasses' builders inherit them.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends EventSubBuilder<B> {
        final ConduitSettings conduit = new ConduitSettings();
        ExecutorService ownedIoExecutor;

        /** Starts a builder with the application's credentials; the secret is required. */
        protected Builder(String clientId, String clientSecret) {
            this(clientId, clientSecret, "ClientApp");
        }

        /**
         * Starts a builder with the application's credentials; the secret is required.
         *
         * @param client the client's class name, for the error a missing secret gets
         */
        protected Builder(String clientId, String clientSecret, String client) {
            super(clientId, clientSecret);
            requireClientSecret(client);
        }

        /**
         * Without a given HTTP client, builds one whose callbacks run on {@code ioThreads} daemon threads: the
         * JDK's default executor grows a thread per busy connection, and a thousand shards must not mean a
         * thousand threads. One client (one selector thread) serves every shard and Helix.
         */
        B withBoundedHttpClient() {
            if (httpClient == null) {
                ownedIoExecutor = Executors.newFixedThreadPool(conduit.ioThreads,
                        DaemonThreads.numbered("twitchkit-io"));
                httpClient = newHttpClient(ownedIoExecutor);
            }
            return self();
        }

        /**
         * Whether launching a shard another process holds (enabled on a session not this client's) takes it over
         * (default false: the launch fails with {@link ShardInUseException}).
         */
        public B takeOver(boolean takeOver) {
            conduit.takeOver = takeOver;
            return self();
        }

        /** Whether the client subscribes to {@code conduit.shard.disabled} to repair shards at once (default true). */
        public B watchShardDisabled(boolean watch) {
            conduit.watchShardDisabled = watch;
            return self();
        }

        /** How often the shards are compared with Twitch's view, the safety net (default 120 s). */
        public B shardCheckInterval(Duration interval) {
            conduit.shardCheckInterval = Checks.positive(interval, "shardCheckInterval");
            return self();
        }

        /**
         * Makes the client a standby when every listed shard is held: {@code connect} then asks Twitch every
         * {@code pollInterval} which shards are enabled and completes when it took a free one (a process holding a
         * shard died, or lost a race for it), instead of failing with {@link ShardNotFoundException}; a client whose
         * shard is taken over later stands by the same way. Each ask is one Get Conduit Shards call (1 point of the
         * app's 800 a minute); a few seconds keeps a dead process's shard down for about that long, well inside the
         * time Twitch keeps a disabled shard's notifications going to its retry shard.
         */
        public B standby(Duration pollInterval) {
            conduit.standbyPollInterval = Checks.positive(pollInterval, "pollInterval");
            return self();
        }

        /** How long a shard may take to connect and be associated when launched (default 180 s, the seed's). */
        public B shardConnectTimeout(Duration timeout) {
            conduit.shardConnectTimeout = Checks.positive(timeout, "shardConnectTimeout");
            return self();
        }

        /** How long a welcomed shard waits for others to share its Update Conduit Shards request (default 50 ms). */
        public B associationLinger(Duration linger) {
            conduit.associationLinger = Checks.notNull(linger, "associationLinger");
            return self();
        }

        /** Threads for the HTTP client's callbacks when the client builds it (default 2; ignored with httpClient). */
        public B ioThreads(int threads) {
            conduit.ioThreads = Checks.inRange(threads, 1, 256, "ioThreads");
            return self();
        }

        @Override
        public ClientApp build() {
            return new ClientApp(this);
        }
    }
}
