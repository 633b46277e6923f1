package dev.twitchkit.conduit.internal;

import dev.twitchkit.conduit.Shard;
import dev.twitchkit.conduit.ShardException;
import dev.twitchkit.conduit.ShardInUseException;
import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.event.ConduitShardDisabledEvent;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.PendingNotification;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.internal.session.SessionListener;
import dev.twitchkit.eventsub.internal.session.SessionMachine;
import dev.twitchkit.eventsub.lifecycle.SessionConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.conduits.ConduitShard;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.UnauthorizedException;
import dev.twitchkit.internal.Futures;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shard the client runs: a {@link SessionMachine} (the engine's, unchanged) whose every new session is
 * associated with the shard. A handover keeps the session id and so the association; a loss gives a new session,
 * associated as soon as it is welcomed (Twitch allows 10 s). A failed association is retried inside that window,
 * then the session is dropped and the machine reconnects with its own backoff.
 *
 * <p>{@link #replaceSession()} moves the shard to a fresh socket without a gap: the new session is associated
 * while the old one still delivers, and only then is the old one closed.
 */
public final class ShardConnection implements Shard {
    private static final Logger LOG = LoggerFactory.getLogger(ShardConnection.class);
    /** Association retries stop this long after the welcome, inside Twitch's 10 s. */
    private static final long ASSOCIATION_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(8);
    private static final long RETRY_MILLIS = 500;
    private static final int REMEMBERED_SESSIONS = 4;
    /**
     * How long a session that no longer holds the shard is still read before it is closed: frames Twitch wrote to
     * it just before the move are in flight, and a closed machine would discard them.
     */
    public static final Duration RETIRE_GRACE = Duration.ofSeconds(1);

    /** What the owning client does for its shards. */
    public interface Host {
        /** A machine for this shard whose events go to {@code listener}; not yet started. */
        SessionMachine newMachine(ShardConnection shard, SessionListener listener);

        /** A {@code conduit.shard.disabled} notification arrived on some shard of the client. */
        void shardDisabled(ConduitShardDisabledEvent event);

        /** A subscription was revoked. */
        void revoked(String subscriptionId);

        /**
         * Whether no shard of the client delivered this message id lately. Twitch may resend a notification on
         * another shard than the first time (at-least-once), which each session's own dedupe cannot see.
         */
        boolean firstTime(String messageId);

        /** The shard stopped for good, with the reason (null for a close). */
        void stopped(ShardConnection shard, Throwable cause);
    }

    private final String conduitId;
    private final DispatchQueue queue;
    private final ShardAssociator associator;
    private final ScheduledExecutorService scheduler;
    private final Host host;
    private final Object lock = new Object();
    private final CompletableFuture<Shard> firstAssociation = new CompletableFuture<>();
    private final AtomicLong associations = new AtomicLong();
    /** What replaced machines delivered, so {@link #delivered()} spans the shard's life. */
    private final AtomicLong deliveredBefore = new AtomicLong();
    /** The sessions this shard was associated with lately: they are ours, not another process's. */
    private final Deque<String> ownSessions = new ArrayDeque<>(REMEMBERED_SESSIONS);
    private volatile int shardId;
    private volatile Link active;
    private volatile Link replacing;
    /** Replaced links still read during their grace. */
    private final Set<Link> retiring = ConcurrentHashMap.newKeySet();
    private volatile String associatedSession;
    private volatile boolean running = true;

    public ShardConnection(String conduitId, int shardId, DispatchQueue queue, ShardAssociator associator,
                           ScheduledExecutorService scheduler, Host host) {
        this.conduitId = conduitId;
        this.shardId = shardId;
        this.queue = queue;
        this.associator = associator;
        this.scheduler = scheduler;
        this.host = host;
        this.active = new Link();
    }

    /** Opens the first session; the returned future completes on the first association. */
    public CompletableFuture<Shard> start() {
        active.machine.start();
        return firstAssociation;
    }

    @Override
    public int id() {
        return shardId;
    }

    /** The shard now has another id (its session was moved there before the conduit shrank). */
    public void renumber(int newId) {
        this.shardId = newId;
    }

    @Override
    public String conduitId() {
        return conduitId;
    }

    @Override
    public String sessionId() {
        return active.machine.sessionId();
    }

    @Override
    public SessionState state() {
        return running ? active.machine.state() : SessionState.CLOSED;
    }

    @Override
    public boolean isAssociated() {
        String s = associatedSession;
        return running && s != null && s.equals(sessionId());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public long associations() {
        return associations.get();
    }

    @Override
    public long delivered() {
        return deliveredBefore.get() + active.machine.counters().delivered();
    }

    /** Whether {@code sessionId} is one this shard used lately. */
    public boolean owns(String sessionId) {
        synchronized (lock) {
            return sessionId != null && ownSessions.contains(sessionId);
        }
    }

    /** Closes the sessions (1000) and stops the shard. */
    public void close() {
        stop(null, "closed by the client");
    }

    /**
     * Stops the shard after {@link #RETIRE_GRACE}, reading its session until then: for a shard whose id Twitch no
     * longer routes to (the conduit shrank, or its session was moved), so nothing in flight is lost.
     */
    public void retire() {
        later(this::close);
    }

    /** Runs after {@link #RETIRE_GRACE}; at once when the client is shutting down. */
    private void later(Runnable task) {
        try {
            scheduler.schedule(task, RETIRE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    /**
     * Moves the shard to a new socket without a gap. Completes when the new session is associated (the old one is
     * read for {@link #RETIRE_GRACE} more, then closed); fails if the new session cannot be associated (the old one
     * then keeps the shard).
     */
    public CompletableFuture<Void> replaceSession(Duration timeout) {
        Link next;
        synchronized (lock) {
            if (!running) {
                return CompletableFuture.failedFuture(new IllegalStateException("shard " + shardId + " is stopped"));
            }
            if (replacing != null) {
                return replacing.promoted;
            }
            next = new Link();
            replacing = next;
        }
        next.machine.start();
        return next.promoted.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((v, e) -> {
            if (e != null) {
                synchronized (lock) {
                    if (replacing == next) {
                        replacing = null;
                    }
                }
                next.close();
            }
        });
    }

    /**
     * Twitch says a shard was disabled. If it is this one and the disabled session is the current one (still
     * open as far as the socket knows), associate it again at once; a lost session is replaced by the machine and
     * associated on its welcome.
     */
    public void disabled(ConduitShardDisabledEvent event) {
        if (!running || !conduitId.equals(event.conduitId()) || !Integer.toString(shardId).equals(event.shardId())) {
            return;
        }
        String current = sessionId();
        String disabledSession = event.transport() == null ? null : event.transport().sessionId();
        if (current == null || (disabledSession != null && !disabledSession.equals(current))) {
            return; // a session already replaced, or another process's: nothing to repair here
        }
        LOG.info("shard {} of conduit {} was disabled ({}); associating session {} again", shardId, conduitId,
                event.status(), current);
        associatedSession = null;
        queue.offer(new ShardDisconnectedEvent(conduitId, shardId, current, "Twitch disabled the shard: "
                + event.status(), true));
        associate(active, current, System.nanoTime());
    }

    /**
     * The safety net's view of the shard at Twitch. Enabled on a session that is not ours: another process took
     * it, so stop. Not enabled while our session is up: associate again.
     */
    public void check(ConduitShard remote) {
        if (!running || active.associating) {
            return;
        }
        String remoteSession = remote.transport() == null ? null : remote.transport().sessionId();
        String current = sessionId();
        if ("enabled".equals(remote.status())) {
            if (remoteSession != null && !owns(remoteSession) && !remoteSession.equals(current)
                    && associations.get() > 0) {
                LOG.warn("shard {} of conduit {} is now held by session {} of another client; stopping it", shardId,
                        conduitId, remoteSession);
                stop(new ShardInUseException(shardId, remoteSession), "taken over by session " + remoteSession);
            }
            return;
        }
        if (current != null && active.machine.state() == SessionState.CONNECTED) {
            LOG.info("shard {} of conduit {} is {} at Twitch while session {} is up; associating it again", shardId,
                    conduitId, remote.status(), current);
            associatedSession = null;
            associate(active, current, System.nanoTime());
        }
    }

    // ---- association ----

    private void associate(Link link, String sessionId, long welcomedNanos) {
        link.associating = true;
        associator.associate(conduitId, shardId, sessionId).whenComplete((shard, error) -> {
            link.associating = false;
            if (!running || link.closed || !sessionId.equals(link.machine.sessionId())) {
                return; // the session ended meanwhile; its successor gets its own association
            }
            if (error == null) {
                associated(link, sessionId);
            } else {
                associationFailed(link, sessionId, welcomedNanos, Futures.unwrap(error));
            }
        });
    }

    private void associated(Link link, String sessionId) {
        Link old = null;
        synchronized (lock) {
            if (link == replacing) {
                old = active;
                deliveredBefore.addAndGet(old.machine.counters().delivered());
                active = link;
                replacing = null;
            }
            ownSessions.remove(sessionId);
            if (ownSessions.size() == REMEMBERED_SESSIONS) {
                ownSessions.removeFirst();
            }
            ownSessions.addLast(sessionId);
        }
        associatedSession = sessionId;
        associations.incrementAndGet();
        LOG.debug("shard {} of conduit {} associated with session {}", shardId, conduitId, sessionId);
        queue.offer(new ShardConnectedEvent(conduitId, shardId, sessionId));
        if (old != null) {
            // Only now, and after a grace: it delivers until the new session has the shard, and what Twitch wrote
            // to it just before the move is still arriving.
            Link retired = old;
            retiring.add(retired);
            later(() -> {
                retiring.remove(retired);
                retired.close();
            });
        }
        link.promoted.complete(null);
        firstAssociation.complete(this);
    }

    private void associationFailed(Link link, String sessionId, long welcomedNanos, Throwable error) {
        if (error instanceof CancellationException) {
            return; // a newer session of this shard took the slot
        }
        if (error instanceof ShardException se && "websocket_session_not_found".equals(se.code())) {
            LOG.info("shard {}: Twitch no longer knows session {}; reconnecting", shardId, sessionId);
            link.machine.dropSession("Twitch no longer knows the session");
            return;
        }
        if (isFatal(error)) {
            LOG.error("shard {} of conduit {} cannot be associated: {}", shardId, conduitId, error.getMessage());
            if (link == replacing) {
                link.promoted.completeExceptionally(error);
                return;
            }
            stop(error, "association refused: " + error.getMessage());
            return;
        }
        if (System.nanoTime() - welcomedNanos < ASSOCIATION_WINDOW_NANOS) {
            LOG.warn("shard {}: associating session {} failed ({}); retrying", shardId, sessionId, error.toString());
            scheduler.schedule(() -> {
                if (running && !link.closed && sessionId.equals(link.machine.sessionId())) {
                    associate(link, sessionId, welcomedNanos);
                }
            }, RETRY_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            LOG.warn("shard {}: session {} could not be associated within Twitch's window; reconnecting", shardId,
                    sessionId);
            link.machine.dropSession("could not associate the shard in time");
        }
    }

    /** Twitch refused the shard itself or the app (seed: ShardError, NotFound, Unauthorized, BadRequest). */
    private static boolean isFatal(Throwable error) {
        return error instanceof ShardException || error instanceof NotFoundException
                || error instanceof UnauthorizedException || error instanceof BadRequestException;
    }

    private void stop(Throwable cause, String reason) {
        Link a;
        Link r;
        synchronized (lock) {
            if (!running) {
                return;
            }
            running = false;
            a = active;
            r = replacing;
            replacing = null;
        }
        String session = associatedSession;
        associatedSession = null;
        a.close();
        retiring.forEach(Link::close);
        if (r != null) {
            r.close();
            r.promoted.completeExceptionally(new IllegalStateException("shard " + shardId + " stopped"));
        }
        queue.offer(new ShardDisconnectedEvent(conduitId, shardId, session, reason, false));
        host.stopped(this, cause); // first: whoever waits on the launch sees the shard gone
        firstAssociation.completeExceptionally(cause != null ? cause
                : new IllegalStateException("shard " + shardId + " was closed before it was associated"));
    }

    @Override
    public String toString() {
        return "Shard[" + conduitId + "#" + shardId + ", " + state() + ", session=" + sessionId() + "]";
    }

    /** One machine of the shard and what it tells; a replaced or closed link's news is ignored. */
    private final class Link implements SessionListener {
        final SessionMachine machine;
        final CompletableFuture<Void> promoted = new CompletableFuture<>();
        volatile boolean closed;
        volatile boolean associating;

        Link() {
            this.machine = host.newMachine(ShardConnection.this, this);
        }

        void close() {
            closed = true;
            machine.close();
        }

        private boolean current() {
            return running && !closed && (this == active || this == replacing);
        }

        @Override
        public void onSessionStarted(String sessionId, Start start, String previousSessionId) {
            if (!current()) {
                return;
            }
            switch (start) {
                case FIRST -> {
                    queue.offer(new SessionConnectedEvent(sessionId));
                    associate(this, sessionId, System.nanoTime());
                }
                case RECREATED -> {
                    queue.offer(new SessionRecreatedEvent(sessionId, previousSessionId));
                    associate(this, sessionId, System.nanoTime());
                }
                // Same session id on the new socket: Twitch keeps the shard on it, no call.
                case HANDOVER -> queue.offer(new SessionReconnectedEvent(sessionId));
            }
        }

        @Override
        public void onNotification(Message.Notification notification) {
            if (closed || !host.firstTime(notification.messageId())) {
                return;
            }
            for (PendingNotification each : notification.pending()) {
                if (each.eventClass() == ConduitShardDisabledEvent.class) {
                    // Rare, and the shard must react before its handlers run: bound here, on the reading thread.
                    for (dev.twitchkit.eventsub.event.Notification<?> bound : each.get()) {
                        if (bound.event() instanceof ConduitShardDisabledEvent disabled) {
                            host.shardDisabled(disabled);
                        }
                    }
                }
                queue.offer(each.messageId(), each); // other events are bound on the dispatch thread
            }
        }

        @Override
        public void onRevocation(Message.Revocation revocation) {
            if (closed) {
                return;
            }
            host.revoked(revocation.subscription().id());
            queue.offer(new SubscriptionRevokedEvent(revocation.subscription()));
        }

        @Override
        public void onDisconnected(String sessionId, int code, String reason, boolean willReconnect) {
            if (!current() || this != active) {
                return;
            }
            String had = associatedSession;
            associatedSession = null;
            queue.offer(new SessionDisconnectedEvent(sessionId, code, reason, willReconnect));
            queue.offer(new ShardDisconnectedEvent(conduitId, shardId, had != null ? had : sessionId,
                    code + " " + reason, willReconnect));
        }
    }
}
