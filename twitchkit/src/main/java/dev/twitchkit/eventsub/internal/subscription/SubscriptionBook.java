package dev.twitchkit.eventsub.internal.subscription;

import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.internal.Futures;
import dev.twitchkit.internal.http.Delays;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions a user's client wants and where Twitch holds them, within Twitch's WebSocket limits: at most
 * {@code maxPerSocket} (300) per socket, spilling onto a new socket up to {@code maxSockets} (3), and a total cost
 * within {@code max_total_cost} checked before Twitch is asked.
 *
 * <p>A subscription asked for before its socket is welcomed is created right after the welcome. After a loss, a
 * new session gets every subscription again through {@link SubscriptionApi}, which uses the token current at that
 * moment; the stale ones pointing at the dead session are deleted only afterwards, off the recovery path (a slow
 * or failing delete must not delay receiving again).
 *
 * <p>A recreation that fails for a reason that may pass (5xx, 429, the network, a refresh OAuth could not answer)
 * is retried with a growing, jittered delay until it succeeds or fails for good: one failed call must not leave a
 * socket without subscriptions, which Twitch then closes as unused while the bot waits forever. A final failure
 * (a missing scope, an invalid condition) is logged at ERROR once and kept in {@link #problems()} until the same
 * subscription is created again. A subscription asked for the first time fails fast instead: its caller decides.
 *
 * <p>Thread-safe. It never calls into a session while holding its lock (sessions call in under theirs).
 */
public final class SubscriptionBook {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionBook.class);
    /** Twitch's default WebSocket budget, until an answer tells the real one. */
    private static final int DEFAULT_MAX_TOTAL_COST = 10;

    /** Opens the socket of a slot (a no-op when it is open or opening). */
    @FunctionalInterface
    public interface Connections {
        void open(int slot);
    }

    /** What happened to subscriptions, for lifecycle events. */
    public interface Events {
        void created(int slot, Subscription subscription);

        void failed(int slot, String type, String version, Map<String, String> condition, Throwable cause);

        /** {@link #problems()} changed: a recreation began or stopped being retried, or was given up. */
        void problemsChanged();
    }

    private static final class Entry {
        final String type;
        final String version;
        final Map<String, String> condition;
        final Slot slot;
        final int estimatedCost;
        final CompletableFuture<Subscription> first = new CompletableFuture<>();
        Subscription current;
        boolean creating;
        boolean removed;
        /** How many times a failed recreation was retried so far. */
        int retries;
        /** Why the last recreation attempt failed while it is being retried; null otherwise. */
        String retrying;
        /**
         * Completes when the creation under way (moves to a newer session and retries included) settled; a welcome
         * that finds the entry in flight waits for it before its recreation counts as done.
         */
        volatile CompletableFuture<Void> settled = CompletableFuture.completedFuture(null);

        Entry(String type, String version, Map<String, String> condition, Slot slot, int estimatedCost) {
            this.type = type;
            this.version = version;
            this.condition = Map.copyOf(condition);
            this.slot = slot;
            this.estimatedCost = estimatedCost;
        }

        int cost() {
            return current != null ? current.cost() : estimatedCost;
        }

        boolean same(String type, String version, Map<String, String> condition) {
            return this.type.equals(type) && this.version.equals(version) && this.condition.equals(condition);
        }

        /** Whether Twitch held it once, so a failure now is a recreation's (retried), not a first request's. */
        boolean recreation() {
            return first.isDone() && !first.isCompletedExceptionally();
        }

        String describe() {
            return type + " v" + version + " " + condition;
        }
    }

    private static final class Slot {
        final int index;
        final List<Entry> entries = new ArrayList<>();
        String sessionId;

        Slot(int index) {
            this.index = index;
        }
    }

    private final SubscriptionApi api;
    private final Connections connections;
    private final Events events;
    private final String userId;
    private final int maxPerSocket;
    private final int maxSockets;
    private final boolean ignoreConflict;
    private final IntFunction<Duration> retryDelay;
    private final Object lock = new Object();
    private final List<Slot> slots = new ArrayList<>();
    /** Recreations given up for good, by {@link Entry#describe()}: why. */
    private final Map<String, String> givenUp = new LinkedHashMap<>();
    private int maxTotalCost = DEFAULT_MAX_TOTAL_COST;
    private boolean closed;

    /**
     * @param retryDelay the wait before the n-th retry (0-based) of a failed recreation
     */
    public SubscriptionBook(SubscriptionApi api, Connections connections, Events events, String userId,
                            int maxPerSocket, int maxSockets, boolean ignoreConflict,
                            IntFunction<Duration> retryDelay) {
        this.api = api;
        this.connections = connections;
        this.events = events;
        this.userId = userId;
        this.maxPerSocket = maxPerSocket;
        this.maxSockets = maxSockets;
        this.ignoreConflict = ignoreConflict;
        this.retryDelay = retryDelay;
    }

    /**
     * Asks for a subscription; completes when Twitch has created it. The same type, version and condition asked
     * twice gives the same subscription.
     */
    public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
        Entry entry;
        String sessionId;
        synchronized (lock) {
            for (Slot slot : slots) {
                for (Entry e : slot.entries) {
                    if (!e.removed && e.same(type, version, condition)) {
                        return e.first;
                    }
                }
            }
            int cost = estimateCost(condition);
            int committed = totalCost();
            if (committed + cost > maxTotalCost) {
                return CompletableFuture.failedFuture(new SubscriptionException("subscribing to " + type + " v"
                        + version + " would bring the total cost to " + (committed + cost) + ", over max_total_cost "
                        + maxTotalCost + " (a subscription costs 1 unless its condition user is the logged-in user)"));
            }
            Slot slot = slots.stream().filter(s -> s.entries.size() < maxPerSocket).findFirst().orElse(null);
            if (slot == null) {
                if (slots.size() >= maxSockets) {
                    return CompletableFuture.failedFuture(new SubscriptionException("cannot subscribe to " + type
                            + ": all " + maxSockets + " sockets already hold " + maxPerSocket
                            + " subscriptions (Twitch's WebSocket limits)"));
                }
                slot = new Slot(slots.size());
                slots.add(slot);
            }
            entry = new Entry(type, version, condition, slot, cost);
            slot.entries.add(entry);
            sessionId = slot.sessionId;
            if (sessionId != null) {
                entry.creating = true;
            }
        }
        if (sessionId != null) {
            entry.settled = create(entry, sessionId);
        } else {
            connections.open(entry.slot.index); // created right after the welcome
        }
        return entry.first;
    }

    /**
     * A slot's session was welcomed. For a handover ({@code carriedOver}) Twitch kept the subscriptions; otherwise
     * every wanted one is created on the new session, and the stale ones of the lost session are deleted once that
     * settled. Completes when each creation succeeded or was given up (a retried one when its retries ended).
     */
    public CompletableFuture<Void> onSessionStarted(int slotIndex, String sessionId, boolean carriedOver) {
        List<String> stale = new ArrayList<>();
        List<Entry> toCreate = new ArrayList<>();
        List<CompletableFuture<Void>> settling = new ArrayList<>();
        synchronized (lock) {
            Slot slot = slot(slotIndex);
            slot.sessionId = sessionId;
            if (carriedOver) {
                return CompletableFuture.completedFuture(null);
            }
            for (Entry e : slot.entries) {
                if (e.current != null && !e.current.sessionId().equals(sessionId)) {
                    stale.add(e.current.id());
                    e.current = null;
                }
                if (!e.removed && e.current == null && !e.creating) {
                    e.creating = true;
                    toCreate.add(e);
                } else if (!e.removed && e.creating) {
                    settling.add(e.settled); // in flight for an earlier session: it moves to this one
                }
            }
        }
        if (!stale.isEmpty()) {
            LOG.info("Session {}: recreating {} subscription(s) of the lost session, then deleting its {} stale one(s)",
                    sessionId, toCreate.size(), stale.size());
        }
        for (Entry e : toCreate) {
            CompletableFuture<Void> creation = create(e, sessionId);
            e.settled = creation;
            settling.add(creation);
        }
        CompletableFuture<Void> created = CompletableFuture.allOf(settling.toArray(CompletableFuture[]::new));
        created.whenComplete((v, e) -> stale.forEach(this::deleteQuietly));
        return created;
    }

    /** A slot's session ended; subscriptions asked for now wait for the next welcome. */
    public void onSessionLost(int slotIndex) {
        synchronized (lock) {
            if (slotIndex < slots.size()) {
                slots.get(slotIndex).sessionId = null;
            }
        }
    }

    /** Twitch revoked a subscription: it is forgotten and not recreated. */
    public Optional<Subscription> onRevoked(String subscriptionId) {
        synchronized (lock) {
            Entry e = byId(subscriptionId);
            if (e == null) {
                return Optional.empty();
            }
            remove(e);
            return Optional.of(e.current);
        }
    }

    /** Deletes a subscription at Twitch and forgets it. */
    public CompletableFuture<Void> unsubscribe(String subscriptionId) {
        synchronized (lock) {
            Entry e = byId(subscriptionId);
            if (e == null) {
                return CompletableFuture.failedFuture(new SubscriptionException("no subscription " + subscriptionId
                        + " is held by this client"));
            }
            remove(e);
        }
        return api.delete(subscriptionId);
    }

    /**
     * What keeps this client from receiving all it asked for: recreations being retried (with the last failure)
     * and recreations given up for good. Empty when all is well.
     */
    public List<String> problems() {
        synchronized (lock) {
            List<String> out = new ArrayList<>();
            for (Slot slot : slots) {
                for (Entry e : slot.entries) {
                    if (!e.removed && e.retrying != null) {
                        out.add("retrying " + e.describe() + ": " + e.retrying);
                    }
                }
            }
            givenUp.forEach((what, why) -> out.add("gave up " + what + ": " + why));
            return out;
        }
    }

    /** Stops retrying, and fails the subscriptions still waiting for their first creation: the client closes. */
    public void close() {
        List<Entry> waiting = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            for (Slot slot : slots) {
                for (Entry e : slot.entries) {
                    if (!e.first.isDone()) {
                        waiting.add(e);
                    }
                }
            }
        }
        for (Entry e : waiting) {
            e.first.completeExceptionally(new SubscriptionException("could not subscribe to " + e.type + " v"
                    + e.version + ": the client closed first"));
        }
    }

    /** Whether a slot's socket has any subscription wanted (Twitch closes an unused socket with 4003). */
    public boolean hasSubscriptions(int slotIndex) {
        synchronized (lock) {
            return slotIndex < slots.size() && slots.get(slotIndex).entries.stream().anyMatch(e -> !e.removed);
        }
    }

    /** The subscriptions Twitch holds for this client now. */
    public List<Subscription> active() {
        synchronized (lock) {
            List<Subscription> out = new ArrayList<>();
            for (Slot slot : slots) {
                for (Entry e : slot.entries) {
                    if (!e.removed && e.current != null) {
                        out.add(e.current);
                    }
                }
            }
            return out;
        }
    }

    /** How many sockets are in use. */
    public int slotCount() {
        synchronized (lock) {
            return slots.size();
        }
    }

    /** The cost counted against {@code max_total_cost}: Twitch's figure where known, else the estimate. */
    public int totalCost() {
        synchronized (lock) {
            int sum = 0;
            for (Slot slot : slots) {
                for (Entry e : slot.entries) {
                    if (!e.removed) {
                        sum += e.cost();
                    }
                }
            }
            return sum;
        }
    }

    // ---- creation ----

    private CompletableFuture<Void> create(Entry e, String sessionId) {
        return api.create(e.type, e.version, e.condition, sessionId)
                .handle((created, error) -> {
                    if (error == null) {
                        return adopt(e, sessionId, created);
                    }
                    SubscriptionApi.Failure failure = api.classify(error);
                    if (failure == SubscriptionApi.Failure.CONFLICT && ignoreConflict) {
                        return api.findExisting(e.type, e.version, e.condition, sessionId)
                                .handle((existing, findError) -> {
                                    if (existing != null && existing.isPresent()) {
                                        LOG.info("{} v{} already exists (409); adopting subscription {}", e.type,
                                                e.version, existing.get().id());
                                        return adopt(e, sessionId, existing.get());
                                    }
                                    return failed(e, sessionId, findError != null ? findError : error);
                                })
                                .thenCompose(f -> f);
                    }
                    return failed(e, sessionId, error);
                })
                .thenCompose(f -> f);
    }

    /** Takes what Twitch created; completes at once, or when a move to a newer session settled. */
    private CompletableFuture<Void> adopt(Entry e, String sessionId, SubscriptionApi.Created created) {
        Subscription subscription = new Subscription(created.id(), e.type, e.version, e.condition, created.cost(),
                sessionId);
        boolean unwanted;
        String newerSession = null;
        boolean problemsChanged;
        synchronized (lock) {
            e.creating = false;
            unwanted = e.removed;
            problemsChanged = e.retrying != null || givenUp.remove(e.describe()) != null;
            if (e.retrying != null) {
                LOG.info("Recreated {} after {} failed attempt(s)", e.describe(), e.retries);
            }
            e.retrying = null;
            e.retries = 0;
            if (!unwanted) {
                e.current = subscription;
                if (created.maxTotalCost() > 0) {
                    maxTotalCost = created.maxTotalCost();
                }
                if (e.slot.sessionId != null && !e.slot.sessionId.equals(sessionId)) {
                    // The session changed while Twitch was creating it: move it to the new one.
                    newerSession = e.slot.sessionId;
                    e.current = null;
                    e.creating = true;
                }
            }
        }
        if (problemsChanged) {
            events.problemsChanged();
        }
        if (unwanted) {
            deleteQuietly(created.id()); // unsubscribed or revoked while being created
            return CompletableFuture.completedFuture(null);
        }
        if (newerSession != null) {
            deleteQuietly(created.id());
            return create(e, newerSession);
        }
        e.first.complete(subscription);
        events.created(e.slot.index, subscription);
        return CompletableFuture.completedFuture(null);
    }

    /** Settles a failed creation: moved to a newer session, retried later, or given up. */
    private CompletableFuture<Void> failed(Entry e, String sessionId, Throwable error) {
        Throwable cause = Futures.unwrap(error);
        SubscriptionApi.Failure kind = api.classify(cause);
        String retryOn = null;
        boolean retryLater = false;
        boolean gaveUpRecreation = false;
        boolean problemsChanged = false;
        synchronized (lock) {
            e.creating = false;
            if (e.removed || closed) {
                return CompletableFuture.completedFuture(null);
            }
            boolean sessionMoved = !sessionId.equals(e.slot.sessionId);
            if (sessionMoved || kind == SubscriptionApi.Failure.DEAD_SESSION) {
                // The session died under the request. Not the subscription's fault: the next welcome recreates it.
                if (e.slot.sessionId != null && sessionMoved) {
                    retryOn = e.slot.sessionId;
                    e.creating = true;
                }
            } else if (kind == SubscriptionApi.Failure.TOKEN_GONE && e.recreation()) {
                // The client stops on the token's removal; the entry stays as it was, nothing to report twice.
                LOG.debug("Not recreating {}: the user's token is gone", e.describe());
            } else if (kind == SubscriptionApi.Failure.TRANSIENT && e.recreation()) {
                problemsChanged = e.retrying == null;
                e.retrying = cause.toString();
                e.creating = true; // the retry owns it: a welcome meanwhile does not create it a second time
                retryLater = true;
            } else {
                gaveUpRecreation = e.recreation();
                problemsChanged = gaveUpRecreation || e.retrying != null;
                e.retrying = null;
                if (gaveUpRecreation) {
                    givenUp.put(e.describe(), cause.getMessage());
                }
                remove(e);
            }
        }
        if (problemsChanged) {
            events.problemsChanged();
        }
        if (retryOn != null) {
            return create(e, retryOn);
        }
        if (retryLater) {
            return retryLater(e, cause);
        }
        if (e.removed) {
            SubscriptionException failure = new SubscriptionException("could not subscribe to " + e.type + " v"
                    + e.version + ": " + cause.getMessage(), cause);
            if (e.first.completeExceptionally(failure)) {
                // The caller's future fails with it: reported once, there (and as SubscriptionFailedEvent).
                LOG.debug("{}", failure.getMessage());
            } else if (gaveUpRecreation) {
                // A recreation that cannot succeed: no caller waits, and the bot is deaf to it from now on.
                LOG.error("Could not recreate {} after a connection loss; it stays unsubscribed: {}", e.describe(),
                        cause.getMessage());
            } else {
                // No caller waits, so the log is where it shows.
                LOG.warn("{}", failure.getMessage());
            }
            events.failed(e.slot.index, e.type, e.version, e.condition, failure);
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Tries a recreation again after the entry's next delay, on whatever session its slot has then; with none, the
     * next welcome recreates it.
     */
    private CompletableFuture<Void> retryLater(Entry e, Throwable cause) {
        Duration delay;
        synchronized (lock) {
            delay = retryDelay.apply(e.retries++);
            if (e.retries == 1) {
                LOG.warn("Recreating {} failed ({}); retrying with backoff", e.describe(), cause.toString());
            } else {
                LOG.debug("Recreating {} failed again ({}); retry {} in {} ms", e.describe(), cause.toString(),
                        e.retries, delay.toMillis());
            }
        }
        return Delays.after(delay).thenCompose(v -> {
            String sessionId;
            synchronized (lock) {
                sessionId = e.removed || closed ? null : e.slot.sessionId;
                if (sessionId == null) {
                    e.creating = false; // removed, closing, or waiting for the next welcome, which recreates it
                    return CompletableFuture.<Void>completedFuture(null);
                }
            }
            return create(e, sessionId);
        });
    }

    private CompletableFuture<Void> deleteQuietly(String subscriptionId) {
        return api.delete(subscriptionId).exceptionally(error -> {
            LOG.debug("Deleting subscription {} failed (it may be gone already): {}", subscriptionId,
                    error.getMessage());
            return null;
        });
    }

    // ---- helpers (under lock) ----

    private int estimateCost(Map<String, String> condition) {
        // Twitch: cost 0 when the condition's user authorized the token, else 1. The answer tells the real cost.
        return condition.containsValue(userId) ? 0 : 1;
    }

    private Slot slot(int index) {
        while (slots.size() <= index) {
            slots.add(new Slot(slots.size()));
        }
        return slots.get(index);
    }

    private Entry byId(String subscriptionId) {
        for (Slot slot : slots) {
            for (Entry e : slot.entries) {
                if (!e.removed && e.current != null && e.current.id().equals(subscriptionId)) {
                    return e;
                }
            }
        }
        return null;
    }

    private void remove(Entry e) {
        e.removed = true;
        e.slot.entries.remove(e);
    }
}
