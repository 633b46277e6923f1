package dev.twitchkit;

import dev.twitchkit.auth.TokenListener;
import dev.twitchkit.eventsub.ClientStoppedException;
import dev.twitchkit.eventsub.EventHandler;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.Health;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.internal.decode.DecodeCounters;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.eventsub.internal.dispatch.DispatchCounters;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.internal.dispatch.Dispatcher;
import dev.twitchkit.eventsub.internal.dispatch.HandlerErrorLog;
import dev.twitchkit.eventsub.internal.session.TwitchClock;
import dev.twitchkit.eventsub.lifecycle.HealthChangedEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import dev.twitchkit.eventsub.lifecycle.TokenRemovedEvent;
import dev.twitchkit.eventsub.lifecycle.TokenUpdatedEvent;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.DaemonThreads;
import dev.twitchkit.internal.Futures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * What {@link ClientUser} (a user's sockets) and {@link ClientApp} (a conduit's shards) have in common: the
 * handlers ({@link #on}, {@link #onRaw}, {@link #onLifecycle}, {@link #onError}), delivering events by hand
 * ({@link #dispatch}), and the ready and closed states. Code that only registers handlers or waits can take either
 * client as an {@code EventSubClient}.
 *
 * <p>Both run their sessions on the same engine: one decoder, one dispatcher whose handlers run on the dispatch
 * executor (two daemon threads owned by the client unless the builder gives one), and one timer thread for the
 * sessions. Token updates and removals reach the handlers as lifecycle events.
 */
public abstract class EventSubClient extends App {
    private final Logger log;
    private final MessageDecoder decoder;
    private final Dispatcher dispatcher;
    private final DispatchQueue clientQueue;
    private final ExecutorService ownedDispatchExecutor;
    private final ScheduledExecutorService sessionScheduler;
    private final boolean ownsSessionScheduler;
    private final HandlerErrorLog errorLog;
    /** Twitch's time as the sockets see it, shared by them; message age is judged on it. */
    private final TwitchClock twitchClock;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** The latest start: fails when it failed, never completes otherwise ({@link #trackStart}). */
    private volatile CompletableFuture<Void> startAttempt = new CompletableFuture<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    /** Why the client stopped itself; null unless it did. Set before it closes. */
    private volatile Throwable stopCause;
    private final Object healthLock = new Object();
    /** The health last announced with a {@link HealthChangedEvent}; under {@link #healthLock}. */
    private Health announcedHealth = Health.ready();

    /**
     * Sets up the engine; only this package's clients extend this class.
     *
     * @param sessionThread the name of the sessions' timer thread
     * @param log where {@link #onError} reports by default (the concrete client's logger)
     */
    EventSubClient(EventSubBuilder<?> builder, String sessionThread, Logger log) {
        super(builder);
        this.log = log;
        this.errorLog = new HandlerErrorLog(log);
        this.twitchClock = new TwitchClock(clock());
        EngineSettings settings = builder.client;
        this.decoder = new MessageDecoder((type, version) -> SubscriptionType.find(type, version)
                .map(SubscriptionType::eventClass));
        Executor executor = settings.dispatchExecutor;
        this.ownedDispatchExecutor = executor == null
                ? Executors.newFixedThreadPool(2, DaemonThreads.numbered("twitchkit-dispatch")) : null;
        this.dispatcher = new Dispatcher(executor != null ? executor : ownedDispatchExecutor, settings.queueCapacity,
                settings.overflowPolicy, this::handlerFailed);
        this.clientQueue = dispatcher.newQueue("client");
        // One timer thread per client unless the user shares one among many clients (ClientUser.Builder).
        this.ownsSessionScheduler = settings.sessionScheduler == null;
        this.sessionScheduler = ownsSessionScheduler
                ? Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered(sessionThread))
                : settings.sessionScheduler;
        registry().addListener(new TokenListener() {
            @Override
            public void onTokenUpdate(String id) {
                clientQueue.offer(new TokenUpdatedEvent(id));
            }

            @Override
            public void onTokenRemove(String id) {
                clientQueue.offer(new TokenRemovedEvent(id));
            }
        });
    }

    /** Handles the notifications whose event binds to {@code eventClass} ({@code EventSubEvent.class}: all). */
    public <E extends EventSubEvent> Registration on(Class<E> eventClass, EventHandler<E> handler) {
        return dispatcher.handlers().on(Checks.notNull(eventClass, "eventClass"), Checks.notNull(handler, "handler"));
    }

    /** Handles every notification of a subscription type, typed or raw, e.g. {@code onRaw("channel.follow", ...)}. */
    public Registration onRaw(String subscriptionType, EventHandler<EventSubEvent> handler) {
        return dispatcher.handlers().onType(Checks.notBlank(subscriptionType, "subscriptionType"),
                Checks.notNull(handler, "handler"));
    }

    /** Handles a lifecycle event class ({@code LifecycleEvent.class}: all), a conduit's shard events included. */
    public <L extends LifecycleEvent> Registration onLifecycle(Class<L> eventClass, Consumer<? super L> handler) {
        return dispatcher.handlers().onLifecycle(Checks.notNull(eventClass, "eventClass"),
                Checks.notNull(handler, "handler"));
    }

    /** Delivers a notification to the handlers as if Twitch had sent it (on the dispatch executor). */
    public void dispatch(Notification<?> notification) {
        clientQueue.offer(Checks.notNull(notification, "notification"));
    }

    /** Delivers a lifecycle event to its handlers (on the dispatch executor). */
    public void dispatch(LifecycleEvent event) {
        clientQueue.offer(Checks.notNull(event, "event"));
    }

    /**
     * Called with every exception a handler throws, on the dispatch thread, and (on a conduit) every shard the
     * client had to give up. Logs it by default: the first few with stack traces, then counts at each power-of-two
     * total (every one is counted in {@code stats().handlerErrors()}). Override to do more. Must not throw.
     *
     * @param context which handler and message, or which shard
     */
    protected void onError(Throwable error, String context) {
        errorLog.failed(error, context);
    }

    /**
     * Waits until the client is ready; false when the time ran out first. When the last {@code start} failed, throws
     * what failed at once, as {@code run} does, rather than waiting out the time.
     */
    public boolean waitUntilReady(Duration timeout) throws InterruptedException {
        try {
            CompletableFuture.anyOf(ready, startAttempt)
                    .get(Checks.positive(timeout, "timeout").toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw startFailure(e.getCause());
        }
    }

    /**
     * Whether the client receives everything it asked for: connecting completed (the client fired its
     * {@link ReadyEvent}), it is not closed, and no subscription is missing ({@link #health()} is
     * {@link Health.Status#READY}).
     */
    public boolean isReady() {
        return health().status() == Health.Status.READY;
    }

    /**
     * Whether the client receives everything it asked for, and if not why: not connected yet or stopped
     * ({@link Health.Status#DOWN}), or some subscription being retried or given up after a connection loss
     * ({@link Health.Status#DEGRADED}). Changes are announced with {@link HealthChangedEvent}.
     */
    public Health health() {
        Throwable cause = stopCause;
        if (cause != null) {
            return Health.down("stopped: " + cause.getMessage());
        }
        if (isClosed()) {
            return Health.down("closed");
        }
        if (!ready.isDone()) {
            return Health.down("not connected yet");
        }
        return Health.degradedBy(problems());
    }

    /**
     * Notifications waiting for handlers now, over all the client's queues: the backlog a slow handler builds up
     * (up to {@code dispatchQueue}'s capacity per queue, beyond which the overflow policy drops). For metrics.
     */
    public int dispatchBacklog() {
        return dispatcher.counters().queued();
    }

    /**
     * What the client did so far. Here the dispatch and decoding figures only ({@code dispatched},
     * {@code overflowDropped}, {@code handlerErrors}, {@code malformedFrames}, {@code unknownMessageTypes},
     * {@code unknownFields}), the others 0: a client that keeps sessions or a receiver ({@link ClientUser},
     * {@link WebhookClient}, {@link ClientApp} over its shards) adds its own.
     */
    public EventSubStats stats() {
        DispatchCounters d = dispatcher.counters();
        DecodeCounters dc = decoder.counters();
        return new EventSubStats(0, 0, 0, d.delivered(), d.dropped(), d.handlerErrors(), 0, 0, 0, dc.malformed(),
                dc.unknownTypes(), dc.unknownFields());
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closing.get();
    }

    /**
     * Blocks until the client is closed. Returns normally after {@link #close()}; throws a
     * {@link ClientStoppedException} carrying the cause when the client stopped itself because it could not go on
     * (its user's token is gone), so a bot's {@code main} ends with that cause instead of returning as if all
     * went well.
     */
    public void waitUntilClosed() throws InterruptedException {
        closedLatch.await();
        Throwable cause = stopCause;
        if (cause != null) {
            throw new ClientStoppedException("the client stopped: " + cause.getMessage(), cause);
        }
    }

    /**
     * Closes the sessions (1000), stops the timers and dispatch after what is queued, and closes the {@link App}.
     * A second call does nothing.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closeSessions(); // cancels the sessions' timers, which matters on a shared scheduler
        if (ownsSessionScheduler) {
            sessionScheduler.shutdownNow();
        }
        if (ownedDispatchExecutor != null) {
            ownedDispatchExecutor.shutdown();
        }
        super.close();
        afterAppClosed();
        closedLatch.countDown();
    }

    // ---- for the two clients ----

    /** Closes every session the client runs; the first step of {@link #close()}. */
    abstract void closeSessions();

    /** Releases what the client owns beyond the engine, after the {@link App} closed; nothing by default. */
    void afterAppClosed() {
    }

    /** What keeps a ready client from receiving everything (see {@link #health()}); none by default. */
    List<String> problems() {
        return List.of();
    }

    /** Announces the {@link #health()} with a {@link HealthChangedEvent} if it differs from the last announced. */
    final void healthChanged() {
        Health now;
        synchronized (healthLock) { // computed under the lock too: two changes are announced in their order
            now = health();
            if (now.equals(announcedHealth)) {
                return;
            }
            announcedHealth = now;
        }
        if (now.status() == Health.Status.DOWN) {
            log.error("EventSub client is DOWN: {}", now.reasons());
        } else if (now.status() == Health.Status.DEGRADED) {
            log.warn("EventSub client is DEGRADED: {}", now.reasons());
        } else {
            log.info("EventSub client is READY again");
        }
        clientQueue.offer(new HealthChangedEvent(now));
    }

    /**
     * Stops the client because it cannot go on: logs at ERROR, announces {@link Health.Status#DOWN} (handlers still
     * get that event), and closes on a thread of its own (the caller may be a token or socket callback).
     * {@link #waitUntilClosed()} then throws with {@code cause}. Only the first cause counts.
     */
    final void stop(Throwable cause) {
        synchronized (healthLock) {
            if (closing()) {
                return;
            }
            stopCause = cause;
        }
        healthChanged();
        Thread closer = DaemonThreads.named("twitchkit-stop").newThread(this::close);
        closer.start();
    }

    /**
     * Waits for {@code started}, then blocks until {@link #close()}: the body of the clients' {@code run}. An
     * interrupt closes the client; a failed start closes it and throws what failed ({@link #startFailure}); a client
     * that stopped itself throws {@link ClientStoppedException}.
     */
    final void runUntilClosed(CompletableFuture<Void> started) {
        try {
            started.get();
            waitUntilClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        } catch (ExecutionException e) {
            close();
            throw startFailure(e.getCause());
        }
    }

    /**
     * Remembers {@code started} as the client's latest start, whose failure {@link #waitUntilReady} throws; the
     * clients' {@code start} methods pass their future through here.
     */
    final CompletableFuture<Void> trackStart(CompletableFuture<Void> started) {
        CompletableFuture<Void> attempt = new CompletableFuture<>();
        startAttempt = attempt;
        started.whenComplete((v, error) -> {
            if (error != null) {
                attempt.completeExceptionally(Futures.unwrap(error));
            }
        });
        return started;
    }

    /**
     * What a blocking form throws for a failed start: an unchecked failure as it is (e.g.
     * {@link dev.twitchkit.auth.InvalidTokenException}), a checked one (a network error naming the address) as the
     * cause of an {@link IllegalStateException}; never wrapped in a {@code CompletionException}.
     */
    private static RuntimeException startFailure(Throwable error) {
        Throwable cause = Futures.unwrap(error);
        return cause instanceof RuntimeException unchecked ? unchecked
                : new IllegalStateException("the client could not start: " + cause.getMessage(), cause);
    }

    /** Marks the client ready (once) and fires {@link ReadyEvent} with {@code id}. */
    final void signalReady(String id) {
        if (ready.complete(null)) {
            clientQueue.offer(new ReadyEvent(id));
        }
    }

    /**
     * Whether {@link #close()} began or the client is stopping itself; the internal check, which a subclass's
     * {@link #isClosed()} cannot change.
     */
    final boolean closing() {
        return closing.get() || stopCause != null;
    }

    /** Hands a lifecycle event to the client's own queue (not a socket's or shard's). */
    final void offerClientEvent(LifecycleEvent event) {
        clientQueue.offer(event);
    }

    /** Reports a failure to {@link #onError}, never letting an exception of onError escape. */
    final void handlerFailed(Throwable error, String context) {
        try {
            onError(error, context);
        } catch (RuntimeException e) {
            log.error("onError itself failed", e);
        }
    }

    final MessageDecoder decoder() {
        return decoder;
    }

    final Dispatcher dispatcher() {
        return dispatcher;
    }

    final TwitchClock twitchClock() {
        return twitchClock;
    }

    final ScheduledExecutorService sessionScheduler() {
        return sessionScheduler;
    }
}
