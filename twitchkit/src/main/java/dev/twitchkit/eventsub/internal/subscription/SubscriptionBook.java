package dev.twitchkit.eventsub.internal.subscription;

import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.internal.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions a user's client wants and where Twitch holds them, within Twitch's WebSocket limits: at most
 * {@code maxPerSocket} (300) per socket, spilling onto a new socket up to {@code maxSockets} (3), and a total cost
 * within {@code max_total_cost} checked before Twitch is asked.
 *
 * <p>A subscription asked for before its socket is welcomed is created right after the welcome. After a loss, a
 * new session gets every subscription again: the stale ones pointing at the dead session are deleted first (they
 * would count against the "3 with the same type and condition" limit), then they are recreated through
 * {@link SubscriptionApi}, which uses the token current at that moment.
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
    private final Object lock = new Object();
    private final List<Slot> slots = new ArrayList<>();
    private int maxTotalCost = DEFAULT_MAX_TOTAL_COST;

    public SubscriptionBook(SubscriptionApi api, Connections connections, Events events, String userId,
                            int maxPerSocket, int maxSockets, boolean ignoreConflict) {
        this.api = api;
        this.connections = connections;
        this.events = events;
        this.userId = userId;
        this.maxPerSocket = maxPerSocket;
        this.maxSockets = maxSockets;
        this.ignoreConflict = ignoreConflict;
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
            create(entry, sessionId);
        } else {
            connections.open(entry.slot.index); // created right after the welcome
        }
        return entry.first;
    }

    /**
     * A slot's session was welcomed. For a handover ({@code carriedOver}) Twitch kept the subscriptions; otherwise
     * the stale ones are deleted and every wanted one is created on the new session. Completes when each was
     * attempted.
     */
    public CompletableFuture<Void> onSessionStarted(int slotIndex, String sessionId, boolean carriedOver) {
        List<String> stale = new ArrayList<>();
        List<Entry> toCreate = new ArrayList<>();
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
                }
            }
        }
        if (!stale.isEmpty()) {
            LOG.info("Session {}: deleting {} stale subscription(s) of the lost session, recreating {}", sessionId,
                    stale.size(), toCreate.size());
        }
        CompletableFuture<?>[] deletes = stale.stream().map(this::deleteQuietly).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deletes).thenCompose(v -> CompletableFuture.allOf(
                toCreate.stream().map(e -> create(e, sessionId)).toArray(CompletableFuture[]::new)));
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
                        adopt(e, sessionId, created);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    SubscriptionApi.Failure failure = api.classify(error);
                    if (failure == SubscriptionApi.Failure.CONFLICT && ignoreConflict) {
                        return api.findExisting(e.type, e.version, e.condition, sessionId)
                                .handle((existing, findError) -> {
                                    if (existing != null && existing.isPresent()) {
                                        LOG.info("{} v{} already exists (409); adopting subscription {}", e.type,
                                                e.version, existing.get().id());
                                        adopt(e, sessionId, existing.get());
                                    } else {
                                        failed(e, sessionId, findError != null ? findError : error);
                                    }
                                    return (Void) null;
                                });
                    }
                    failed(e, sessionId, error);
                    return CompletableFuture.<Void>completedFuture(null);
                })
                .thenCompose(f -> f);
    }

    private void adopt(Entry e, String sessionId, SubscriptionApi.Created created) {
        Subscription subscription = new Subscription(created.id(), e.type, e.version, e.condition, created.cost(),
                sessionId);
        boolean unwanted;
        String newerSession = null;
        synchronized (lock) {
            e.creating = false;
            unwanted = e.removed;
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
        if (unwanted) {
            deleteQuietly(created.id()); // unsubscribed or revoked while being created
            return;
        }
        if (newerSession != null) {
            deleteQuietly(created.id());
            create(e, newerSession);
            return;
        }
        e.first.complete(subscription);
        events.created(e.slot.index, subscription);
    }

    private void failed(Entry e, String sessionId, Throwable error) {
        Throwable cause = Futures.unwrap(error);
        String retryOn = null;
        synchronized (lock) {
            e.creating = false;
            if (e.removed) {
                return;
            }
            boolean sessionMoved = !sessionId.equals(e.slot.sessionId);
            if (sessionMoved || api.classify(cause) == SubscriptionApi.Failure.DEAD_SESSION) {
                // The session died under the request. Not the subscription's fault: the next welcome recreates it.
                if (e.slot.sessionId != null && sessionMoved) {
                    retryOn = e.slot.sessionId;
                    e.creating = true;
                }
            } else {
                remove(e);
            }
        }
        if (retryOn != null) {
            create(e, retryOn);
            return;
        }
        if (e.removed) {
            SubscriptionException failure = new SubscriptionException("could not subscribe to " + e.type + " v"
                    + e.version + ": " + cause.getMessage(), cause);
            if (e.first.completeExceptionally(failure)) {
                // The caller's future fails with it: reported once, there (and as SubscriptionFailedEvent).
                LOG.debug("{}", failure.getMessage());
            } else {
                // Recreated after a lost session: no caller waits, so the log is where it shows.
                LOG.warn("{}", failure.getMessage());
            }
            events.failed(e.slot.index, e.type, e.version, e.condition, failure);
        }
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
