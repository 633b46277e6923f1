package dev.twitchkit.eventsub.internal.session;

import dev.twitchkit.eventsub.CloseCode;
import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.eventsub.internal.socket.EventSubSocket;
import dev.twitchkit.eventsub.internal.socket.SocketListener;
import dev.twitchkit.internal.Futures;
import dev.twitchkit.internal.http.Request;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EventSub connection over time: opens sessions, follows {@code session_reconnect} handovers, watches
 * keepalives, applies the {@link CloseCode} policy, reconnects after a loss ({@link ReconnectPolicy}: promptly
 * when the lost session had been welcomed, with growing backoff when attempts never get a welcome), and drops
 * duplicate notifications and stale ones (older than ten minutes on Twitch's clock, {@link TwitchClock}) before
 * passing the rest to its {@link SessionListener}.
 *
 * <p>Liveness: a welcomed socket silent for a quarter of the keepalive is pinged once, and counts as lost when no
 * pong (or message) comes within another quarter (at least 1 s). The JDK's client does not report every dropped
 * connection, and the keepalive watchdog alone would take 1.2 keepalives to notice.
 *
 * <p>Handover: the old socket keeps being read until the new one is welcomed, then it is closed; anything it
 * delivered twice is dropped by message id. A loss opens a new session on the base URL; the listener hears
 * {@link SessionListener.Start#RECREATED} with the lost session id so the subscriptions can be recreated.
 *
 * <p>Thread-safe: socket callbacks, timers and callers meet under one lock.
 */
public final class SessionMachine implements SocketListener {
    private static final Logger LOG = LoggerFactory.getLogger(SessionMachine.class);
    /** The close code reported for a socket that ended without a close frame, including keepalive silence. */
    public static final int ABNORMAL_CLOSE = 1006;

    /**
     * Makes one socket whose events go to the given listener. The machine records it and then calls
     * {@link EventSubSocket#start()}: the JDK may deliver a fast server's welcome on the starting thread, and a
     * socket not yet recorded would have its welcome ignored (found by the welcome-race soak).
     */
    @FunctionalInterface
    public interface SocketOpener {
        EventSubSocket open(URI uri, SocketListener listener);
    }

    private final String name;
    private final SessionSettings settings;
    private final SocketOpener opener;
    private final MessageDecoder decoder;
    private final SessionListener listener;
    private final BooleanSupplier hasSubscriptions;
    private final ScheduledExecutorService scheduler;
    private final InstantSource clock;
    private final TwitchClock twitchClock;
    private final ReconnectPolicy reconnects;
    private final MessageIdWindow seenIds;
    private final SessionCounters counters;

    private final Object lock = new Object();
    private SessionState state = SessionState.IDLE;
    private EventSubSocket current;
    private EventSubSocket successor;
    private String sessionId;
    private String lostSessionId;
    private boolean everWelcomed;
    private Instant welcomedAt;
    private Duration silenceLimit;
    private volatile long lastActivityNanos;
    /** The welcomed socket's silence before a liveness ping; null while connecting or with the probe off. */
    private Duration probeAfter;
    /** How long that ping's pong may take. */
    private Duration pongTimeout;
    /** When the unanswered ping went out; 0 when none is outstanding. */
    private long pingSentNanos;
    /** Whether the current silence was probed already: one ping per silence, however long it lasts. */
    private boolean probedThisSilence;
    private ScheduledFuture<?> watchdog;
    private ScheduledFuture<?> handoverDeadline;
    private ScheduledFuture<?> pendingReconnect;

    /**
     * @param name how logs call this connection
     * @param hasSubscriptions whether any subscription is wanted (4003 policy: with none, wait instead of looping)
     * @param twitchClock Twitch's time (staleness is judged on it), kept up to date from this machine's welcomes
     *                    and keepalives; may be shared by a client's machines
     * @param random uniform numbers in {@code [0, 1)} for the backoff jitter
     */
    public SessionMachine(String name, SessionSettings settings, SocketOpener opener, MessageDecoder decoder,
                          SessionListener listener, BooleanSupplier hasSubscriptions,
                          ScheduledExecutorService scheduler, TwitchClock twitchClock, DoubleSupplier random) {
        this(name, settings, opener, decoder, listener, hasSubscriptions, scheduler, twitchClock, random,
                new SessionCounters());
    }

    /**
     * As the other constructor, counting into {@code counters} (e.g. {@link SessionCounters#countingInto} a client's
     * totals, so they survive this machine).
     */
    public SessionMachine(String name, SessionSettings settings, SocketOpener opener, MessageDecoder decoder,
                          SessionListener listener, BooleanSupplier hasSubscriptions,
                          ScheduledExecutorService scheduler, TwitchClock twitchClock, DoubleSupplier random,
                          SessionCounters counters) {
        this.counters = counters;
        this.name = name;
        this.settings = settings;
        this.opener = opener;
        this.decoder = decoder;
        this.listener = listener;
        this.hasSubscriptions = hasSubscriptions;
        this.scheduler = scheduler;
        this.clock = twitchClock.host();
        this.twitchClock = twitchClock;
        this.reconnects = new ReconnectPolicy(settings.backoffInitial(), settings.backoffMax(),
                settings.stablePeriod(), random, System::nanoTime);
        this.seenIds = new MessageIdWindow(settings.dedupeWindow(), settings.dedupeMaxIds(), clock);
    }

    /** Opens a session unless one is open, opening or waiting out a backoff. */
    public void start() {
        synchronized (lock) {
            if (state == SessionState.IDLE || state == SessionState.WAITING_FOR_SUBSCRIPTION) {
                openSession();
            }
        }
    }

    /** Closes for good: sockets closed with 1000, timers cancelled. */
    public void close() {
        synchronized (lock) {
            if (state == SessionState.CLOSED) {
                return;
            }
            state = SessionState.CLOSED;
            cancelTimers();
            if (current != null) {
                current.close();
            }
            if (successor != null) {
                successor.close();
            }
            current = null;
            successor = null;
        }
    }

    /**
     * Gives up the current session as lost and reconnects after the backoff, as after a network failure. For owners
     * that cannot use a welcomed session (a conduit shard whose association failed); a no-op unless a session is
     * open or opening.
     */
    public void dropSession(String reason) {
        synchronized (lock) {
            if (current != null && (state == SessionState.CONNECTING || state == SessionState.CONNECTED
                    || state == SessionState.HANDING_OVER)) {
                lost(ABNORMAL_CLOSE, reason);
            }
        }
    }

    public SessionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** The welcomed session's id; null while none is. */
    public String sessionId() {
        synchronized (lock) {
            return state == SessionState.CONNECTED || state == SessionState.HANDING_OVER ? sessionId : null;
        }
    }

    public SessionCounters counters() {
        return counters;
    }

    // ---- socket callbacks ----

    @Override
    public void onText(EventSubSocket socket, byte[] utf8) {
        Message message = decoder.decode(utf8); // outside the lock: the expensive part
        synchronized (lock) {
            if (state == SessionState.CLOSED) {
                return;
            }
            if (socket == current) {
                lastActivityNanos = System.nanoTime();
                pingSentNanos = 0;
                probedThisSilence = false;
            }
            if (message instanceof Message.Welcome w) {
                twitchClock.observe(w.timestamp());
                welcomed(socket, w);
            } else if (message instanceof Message.Notification n) {
                notification(n);
            } else if (message instanceof Message.Reconnect r) {
                reconnectRequested(socket, r);
            } else if (message instanceof Message.Revocation r) {
                revocation(r);
            } else if (message instanceof Message.Keepalive k) {
                twitchClock.observe(k.timestamp());
            }
            // Unknown: the decoder logged and counted it.
        }
    }

    @Override
    public void onClosed(EventSubSocket socket, int code, String reason) {
        synchronized (lock) {
            ended(socket, code, reason == null || reason.isEmpty()
                    ? CloseCode.of(code).map(CloseCode::meaning).orElse("closed") : reason);
        }
    }

    @Override
    public void onFailure(EventSubSocket socket, Throwable error) {
        synchronized (lock) {
            ended(socket, ABNORMAL_CLOSE, "connection to " + Request.address(socket.uri()) + " failed: "
                    + withCauses(Futures.unwrap(error)));
        }
    }

    @Override
    public void onPong(EventSubSocket socket) {
        synchronized (lock) {
            if (socket == current) {
                pingSentNanos = 0; // alive; the silence stays probed, so no further ping until a message comes
            }
        }
    }

    /**
     * The error and what caused it, for the log: a transport's error often says nothing itself (the JDK's
     * {@code ProtocolException}) and the reason is in its cause ({@code Invalid UTF-8 in frame TEXT}).
     */
    static String withCauses(Throwable error) {
        StringBuilder text = new StringBuilder(error.toString());
        Throwable shown = error;
        for (int depth = 0; depth < 3 && shown.getCause() != null; depth++) { // getCause() is never the error itself
            shown = shown.getCause();
            text.append(" (caused by ").append(shown).append(')');
        }
        return text.toString();
    }

    // ---- transitions (all under lock) ----

    private void openSession() {
        state = SessionState.CONNECTING;
        URI url = settings.connectUrl();
        LOG.debug("{}: opening a session at {}", name, url);
        EventSubSocket socket = opener.open(url, this);
        current = socket;
        lastActivityNanos = System.nanoTime();
        silenceLimit = settings.connectTimeout(); // until the welcome tells the keepalive
        startProbe(null);
        armWatchdog();
        socket.start(); // recorded first: its welcome may come on this thread, re-entering the lock
    }

    private void welcomed(EventSubSocket socket, Message.Welcome w) {
        if (socket == successor) {
            EventSubSocket old = current;
            current = successor;
            successor = null;
            cancel(handoverDeadline);
            state = SessionState.CONNECTED;
            sessionId = w.sessionId();
            silenceLimit = settings.watchdogTimeout(w.keepaliveTimeoutSeconds());
            lastActivityNanos = System.nanoTime();
            counters.countHandover();
            startProbe(w);
            armWatchdog();
            LOG.info("{}: session {} handed over to a new socket", name, sessionId);
            if (old != null) {
                old.close(); // only now: the old socket delivered until the new one was welcomed
            }
            listener.onSessionStarted(sessionId, SessionListener.Start.HANDOVER, null);
        } else if (socket == current && state == SessionState.CONNECTING) {
            state = SessionState.CONNECTED;
            sessionId = w.sessionId();
            welcomedAt = clock.instant();
            silenceLimit = settings.watchdogTimeout(w.keepaliveTimeoutSeconds());
            startProbe(w);
            armWatchdog();
            SessionListener.Start start = everWelcomed ? SessionListener.Start.RECREATED
                    : SessionListener.Start.FIRST;
            String previous = lostSessionId;
            everWelcomed = true;
            lostSessionId = null;
            LOG.info("{}: session {} welcomed (keepalive {} s)", name, sessionId, w.keepaliveTimeoutSeconds());
            listener.onSessionStarted(sessionId, start, start == SessionListener.Start.RECREATED ? previous : null);
        } else {
            // Not expected from Twitch; a welcome ignored leaves a session unused, so it must be visible.
            LOG.warn("{}: ignoring a welcome of session {} on {} in state {}", name, w.sessionId(), socket, state);
        }
    }

    private void notification(Message.Notification n) {
        if (n.timestamp().isBefore(twitchClock.instant().minus(settings.staleAfter()))) {
            long stale = counters.countStale();
            // Never silent (a wrong clock once dropped everything at DEBUG), never a flood: powers of two only.
            if (Long.bitCount(stale) == 1) {
                LOG.warn("{}: dropped notification {} of {} as older than {} on Twitch's clock ({} stale so far)",
                        name, n.messageId(), n.timestamp(), settings.staleAfter(), stale);
            } else {
                LOG.debug("{}: dropping stale notification {} from {}", name, n.messageId(), n.timestamp());
            }
            return;
        }
        if (!seenIds.firstTime(n.messageId())) {
            counters.countDuplicate();
            LOG.debug("{}: dropping duplicate notification {}", name, n.messageId());
            return;
        }
        counters.countDelivered();
        listener.onNotification(n);
    }

    private void revocation(Message.Revocation r) {
        if (seenIds.firstTime(r.messageId())) {
            listener.onRevocation(r);
        }
    }

    private void reconnectRequested(EventSubSocket socket, Message.Reconnect r) {
        if (socket != current || state != SessionState.CONNECTED) {
            LOG.debug("{}: ignoring session_reconnect outside a connected session", name);
            return;
        }
        state = SessionState.HANDING_OVER;
        LOG.info("{}: Twitch asked session {} to reconnect; opening the new socket", name, sessionId);
        EventSubSocket next = opener.open(r.reconnectUrl(), this); // as given: Twitch refuses modified URLs (4007)
        successor = next;
        handoverDeadline = scheduler.schedule(() -> {
            synchronized (lock) {
                if (successor != null && state == SessionState.HANDING_OVER) {
                    ended(successor, ABNORMAL_CLOSE, "the reconnect URL gave no welcome in time");
                }
            }
        }, settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        next.start(); // last: its welcome may come on this thread
    }

    private void ended(EventSubSocket socket, int code, String reason) {
        if (state == SessionState.CLOSED) {
            return;
        }
        Optional<CloseCode> closeCode = CloseCode.of(code);
        if (socket == successor) {
            // The handover failed (4007: the URL was refused). The old session cannot be moved, so start over on
            // the base URL and recreate every subscription.
            LOG.warn("{}: the reconnect socket ended ({} {}); opening a new session on the base URL", name, code,
                    reason);
            successor = null;
            lost(code, reason);
            return;
        }
        if (socket != current) {
            // A socket already replaced: e.g. 4004 on the old socket after its successor was welcomed.
            LOG.debug("{}: {} of a replaced socket ignored ({})", name, code, reason);
            return;
        }
        CloseCode.Policy policy = closeCode.map(CloseCode::policy).orElse(CloseCode.Policy.RECONNECT);
        if (policy == CloseCode.Policy.RECONNECT_AND_REPORT) {
            LOG.error("{}: Twitch closed the session with {} ({}): a client protocol bug; reconnecting", name, code,
                    reason);
        }
        if (policy == CloseCode.Policy.WAIT_FOR_SUBSCRIPTION && !hasSubscriptions.getAsBoolean()) {
            LOG.info("{}: session closed as unused (4003) with no subscription; waiting for one", name);
            current = null;
            cancelTimers();
            String ended = sessionId;
            if (sessionId != null) {
                lostSessionId = sessionId;
            }
            sessionId = null;
            state = SessionState.WAITING_FOR_SUBSCRIPTION;
            listener.onDisconnected(ended, code, reason, false);
            return;
        }
        lost(code, reason);
    }

    private void lost(int code, String reason) {
        EventSubSocket dead = current;
        EventSubSocket handover = successor;
        current = null;
        successor = null;
        cancelTimers();
        if (dead != null) {
            dead.abort();
        }
        if (handover != null) {
            handover.abort();
        }
        String ended = sessionId;
        if (sessionId != null) {
            lostSessionId = sessionId;
        }
        sessionId = null;
        // A welcomed session's loss reconnects promptly; an attempt that never got a welcome backs off.
        Duration delay = reconnects.afterLoss(welcomedAt == null ? null
                : Duration.between(welcomedAt, clock.instant()));
        welcomedAt = null;
        counters.countLoss();
        state = SessionState.BACKING_OFF;
        LOG.warn("{}: {} ({} {}); reconnecting in {} ms", name,
                ended != null ? "session " + ended + " lost" : "connection lost before welcome", code, reason,
                delay.toMillis());
        listener.onDisconnected(ended, code, reason, true);
        pendingReconnect = scheduler.schedule(() -> {
            synchronized (lock) {
                if (state == SessionState.BACKING_OFF) {
                    openSession();
                }
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---- keepalive watchdog ----

    /**
     * One timer per socket rather than one per message: activity only stamps {@link #lastActivityNanos}, and the
     * timer re-arms itself for whatever is left of the silence limit, or until the liveness probe's next step.
     */
    private void armWatchdog() {
        cancel(watchdog);
        EventSubSocket watched = current;
        long now = System.nanoTime();
        long next = silenceLimit.toNanos() - (now - lastActivityNanos);
        if (probing()) {
            if (pingSentNanos != 0) {
                next = Math.min(next, pingSentNanos + pongTimeout.toNanos() - now);
            } else if (!probedThisSilence) {
                next = Math.min(next, lastActivityNanos + probeAfter.toNanos() - now);
            }
        }
        watchdog = scheduler.schedule(() -> checkSilence(watched), Math.max(next, 0), TimeUnit.NANOSECONDS);
    }

    /** Sets up the liveness probe for a socket just welcomed with {@code w}, or none (null: not welcomed yet). */
    private void startProbe(Message.Welcome w) {
        boolean probe = w != null && settings.livenessProbe();
        probeAfter = probe ? settings.probeAfter(w.keepaliveTimeoutSeconds()) : null;
        pongTimeout = probe ? settings.pongTimeout(w.keepaliveTimeoutSeconds()) : null;
        pingSentNanos = 0;
        probedThisSilence = false;
    }

    private boolean probing() {
        return probeAfter != null && state == SessionState.CONNECTED;
    }

    private void ping(EventSubSocket socket) {
        pingSentNanos = System.nanoTime();
        probedThisSilence = true;
        // A ping that cannot be written is a dead connection: the JDK says "closed output" where it never called
        // onError. Heard asynchronously, so the socket's end is not handled inside this timer's step.
        socket.ping().whenCompleteAsync((sent, error) -> {
            if (error != null) {
                onFailure(socket, error);
            }
        }, scheduler);
    }

    private void checkSilence(EventSubSocket watched) {
        synchronized (lock) {
            if (watched != current || current == null || state == SessionState.CLOSED
                    || state == SessionState.BACKING_OFF) {
                return;
            }
            long now = System.nanoTime();
            long silentNanos = now - lastActivityNanos;
            if (silentNanos >= silenceLimit.toNanos()) {
                counters.countKeepaliveTimeout();
                String what = state == SessionState.CONNECTING ? "no welcome" : "no keepalive or notification";
                lost(ABNORMAL_CLOSE, what + " for " + silenceLimit.toMillis() + " ms");
                return;
            }
            if (probing()) {
                if (pingSentNanos != 0 && now - pingSentNanos >= pongTimeout.toNanos()) {
                    counters.countKeepaliveTimeout();
                    lost(ABNORMAL_CLOSE, "no pong within " + pongTimeout.toMillis() + " ms of a ping after "
                            + probeAfter.toMillis() + " ms of silence");
                    return;
                }
                if (pingSentNanos == 0 && !probedThisSilence && silentNanos >= probeAfter.toNanos()) {
                    ping(current);
                }
            }
            armWatchdog();
        }
    }

    private void cancelTimers() {
        cancel(watchdog);
        cancel(handoverDeadline);
        cancel(pendingReconnect);
        watchdog = null;
        handoverDeadline = null;
        pendingReconnect = null;
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }
}
