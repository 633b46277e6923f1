package dev.twitchkit.mock.internal.conduit;

import dev.twitchkit.mock.MockConduit;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.MockState;
import dev.twitchkit.mock.WebhookDelivery;
import dev.twitchkit.mock.internal.eventsub.CatalogEntry;
import dev.twitchkit.mock.internal.eventsub.ConduitHooks;
import dev.twitchkit.mock.internal.eventsub.EventSubServer;
import dev.twitchkit.mock.internal.eventsub.EventTemplate;
import dev.twitchkit.mock.internal.eventsub.Ids;
import dev.twitchkit.mock.internal.eventsub.Subscription;
import dev.twitchkit.mock.internal.eventsub.Timestamps;
import dev.twitchkit.mock.internal.eventsub.WsConnection;
import dev.twitchkit.mock.internal.eventsub.WebhookCaller;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Conduits and their shards, with Twitch's rules: 5 conduits per client, 1..20,000 shards, notifications
 * routed to the shard the broadcaster id hashes to, one retry on another shard when that one is disabled,
 * {@code conduit.shard.disabled} when a shard goes down, and deletion after 72 hours (mock clock) with every
 * shard down.
 *
 * <p>Routing hash: the shard index is the unsigned 32-bit FNV-1a hash of the routing key's UTF-8 bytes
 * modulo the shard count, where the routing key is the condition's broadcaster ({@code broadcaster_user_id},
 * else {@code to_broadcaster_user_id}, …, else its first value). The retry shard is the next index
 * (wrapping). Webhook shards are never retried on another shard (Twitch applies its webhook failure logic
 * instead: retries, then {@code notification_failures_exceeded}); the mock records every webhook delivery and
 * POSTs those whose callback is on this machine. A webhook shard is enabled as soon as it is assigned (the mock
 * sends shards no challenge).
 *
 * <p>Locking: the {@link EventSubServer}'s lock may be held when this store's lock is taken, never the other
 * way round; sends happen outside both.
 */
public final class ConduitStore implements ConduitHooks {
    public static final int MAX_CONDUITS_PER_CLIENT = 5;
    public static final int MAX_SHARDS = 20_000;
    public static final Duration DELETE_AFTER_ALL_DOWN = Duration.ofHours(72);
    /** Every shard status Twitch documents. */
    public static final Set<String> SHARD_STATUSES = Set.of("enabled", "webhook_callback_verification_pending",
            "webhook_callback_verification_failed", "notification_failures_exceeded", "websocket_disconnected",
            "websocket_failed_ping_pong", "websocket_received_inbound_traffic", "websocket_internal_error",
            "websocket_network_timeout", "websocket_network_error", "websocket_failed_to_reconnect");

    private final EventSubServer server;
    private final ObjectMapper json;
    private final Map<String, Conduit> conduits = new LinkedHashMap<>();

    /** A shard change asked for by Update Conduit Shards. */
    public record ShardUpdate(String id, String method, String sessionId, String callback, String secret) {
    }

    /** Update Conduit Shards' answer: the shards changed, and an error per shard that was not. */
    public record UpdateResult(List<MockShard> updated, List<ShardError> errors) {
    }

    public record ShardError(String id, String message, String code) {
    }

    private record Disabled(String clientId, String conduitId, MockShard shard) {
    }

    public ConduitStore(EventSubServer server, ObjectMapper json) {
        this.server = server;
        this.json = json;
        server.conduits(this);
    }

    // ---------------------------------------------------------------- conduits

    public MockConduit create(String clientId, int shardCount) {
        checkShardCount(shardCount);
        synchronized (this) {
            long owned = conduits.values().stream().filter(c -> c.clientId.equals(clientId)).count();
            if (owned >= MAX_CONDUITS_PER_CLIENT) {
                throw TwitchHttpError.tooManyRequests("conduit limit reached: a client may have "
                        + MAX_CONDUITS_PER_CLIENT + " conduits");
            }
            Conduit c = new Conduit(Ids.uuid(), clientId, shardCount, server.clock().instant());
            conduits.put(c.id, c);
            return snapshot(c);
        }
    }

    public synchronized List<MockConduit> list(String clientId) {
        return conduits.values().stream().filter(c -> clientId == null || c.clientId.equals(clientId))
                .map(ConduitStore::snapshot).toList();
    }

    public MockConduit resize(String clientId, String conduitId, int shardCount) {
        checkShardCount(shardCount);
        synchronized (this) {
            Conduit c = owned(clientId, conduitId);
            c.resize(shardCount);
            c.updateDown(server.clock().instant());
            return snapshot(c);
        }
    }

    public void delete(String clientId, String conduitId) {
        synchronized (this) {
            owned(clientId, conduitId);
            conduits.remove(conduitId);
        }
        server.deleteConduitSubscriptions(conduitId);
    }

    /** Deletes every conduit whose shards have all been down for 72 hours on the mock clock. */
    public void sweep(Instant now) {
        List<String> expired = new ArrayList<>();
        synchronized (this) {
            for (Conduit c : conduits.values()) {
                c.updateDown(now);
                if (c.allDownSince != null && !now.isBefore(c.allDownSince.plus(DELETE_AFTER_ALL_DOWN))) {
                    expired.add(c.id);
                }
            }
            expired.forEach(conduits::remove);
        }
        expired.forEach(server::deleteConduitSubscriptions);
    }

    // ---------------------------------------------------------------- saved state

    /** Every conduit with its shards, for a mock's saved state; webhook secrets included. */
    public synchronized List<MockState.Conduit> saved() {
        return conduits.values().stream().map(c -> new MockState.Conduit(c.id, c.clientId, c.shards.stream()
                .map(s -> new MockState.Shard(s.id, s.status, s.method, s.sessionId, s.callback, s.secret,
                        s.connectedAt, s.disconnectedAt)).toList(), c.allDownSince)).toList();
    }

    /**
     * Brings back the conduits of a saved state, before the mock serves. The sessions of WebSocket shards are gone:
     * an enabled one comes back {@code websocket_disconnected} as of {@code now}; webhook shards come back as they
     * were.
     *
     * @throws IllegalArgumentException for a conduit without shards, or a shard of no known status or method
     */
    public synchronized void restore(List<MockState.Conduit> saved, Instant now) {
        for (MockState.Conduit s : saved) {
            if (s.shards().isEmpty() || s.shards().size() > MAX_SHARDS) {
                throw new IllegalArgumentException("conduit " + s.id() + " must have 1 to " + MAX_SHARDS + " shards");
            }
            Conduit c = new Conduit(s.id(), s.clientId(), s.shards().size(), now);
            for (int i = 0; i < c.shards.size(); i++) {
                restoreShard(c.shards.get(i), s.shards().get(i), now);
            }
            c.allDownSince = s.allDownSince();
            c.updateDown(now);
            conduits.put(c.id, c);
        }
    }

    private static void restoreShard(Shard shard, MockState.Shard saved, Instant now) {
        if (!SHARD_STATUSES.contains(saved.status())
                || !"websocket".equals(saved.method()) && !"webhook".equals(saved.method())) {
            throw new IllegalArgumentException("shard " + shard.id + " has status " + saved.status() + " and method "
                    + saved.method() + "; the status must be one of Twitch's and the method websocket or webhook");
        }
        shard.method = saved.method();
        shard.sessionId = saved.sessionId();
        shard.callback = saved.callback();
        shard.secret = saved.secret();
        shard.connectedAt = saved.connectedAt();
        boolean sessionLost = "websocket".equals(saved.method()) && "enabled".equals(saved.status());
        shard.status = sessionLost ? "websocket_disconnected" : saved.status();
        shard.disconnectedAt = sessionLost ? now : saved.disconnectedAt();
    }

    // ---------------------------------------------------------------- shards

    public synchronized List<MockShard> shards(String clientId, String conduitId) {
        return owned(clientId, conduitId).shards.stream().map(ConduitStore::snapshot).toList();
    }

    /** Applies shard updates one by one; a bad one is reported in {@code errors} and does not stop the rest. */
    public UpdateResult updateShards(String clientId, String conduitId, List<ShardUpdate> updates) {
        List<MockShard> updated = new ArrayList<>();
        List<ShardError> errors = new ArrayList<>();
        List<String> associated = new ArrayList<>();
        Instant now = server.clock().instant();
        // Session lookups take the server's lock, so they happen before this store's.
        Map<String, Optional<Instant>> liveSessions = new LinkedHashMap<>();
        for (ShardUpdate u : updates) {
            if (u.sessionId() != null) {
                liveSessions.put(u.sessionId(), server.session(u.sessionId())
                        .filter(s -> s.connected()).map(s -> s.connectedAt()));
            }
        }
        synchronized (this) {
            Conduit c = owned(clientId, conduitId);
            for (ShardUpdate u : updates) {
                Shard shard = shardOf(c, u.id());
                if (shard == null) {
                    errors.add(new ShardError(u.id(), "shard id is outside the conduit's range", "invalid_parameter"));
                    continue;
                }
                if ("websocket".equals(u.method())) {
                    Optional<Instant> connectedAt = u.sessionId() == null ? Optional.empty()
                            : liveSessions.get(u.sessionId());
                    if (connectedAt.isEmpty()) {
                        errors.add(new ShardError(u.id(), "websocket session does not exist or has already "
                                + "disconnected", "websocket_session_not_found"));
                        continue;
                    }
                    // A session that was this shard's before simply stops being one; nothing is disabled.
                    shard.method = "websocket";
                    shard.sessionId = u.sessionId();
                    shard.callback = null;
                    shard.connectedAt = connectedAt.get();
                    shard.disconnectedAt = null;
                    shard.status = "enabled";
                    associated.add(u.sessionId());
                } else if ("webhook".equals(u.method())) {
                    if (u.callback() == null || !u.callback().startsWith("https://")
                            && !(u.callback().startsWith("http://") && WebhookCaller.callable(u.callback()))) {
                        errors.add(new ShardError(u.id(), "webhook callback must be an https URL",
                                "invalid_parameter"));
                        continue;
                    }
                    if (u.secret() == null || u.secret().length() < 10 || u.secret().length() > 100) {
                        errors.add(new ShardError(u.id(), "webhook secret must be 10 to 100 characters",
                                "invalid_parameter"));
                        continue;
                    }
                    shard.method = "webhook";
                    shard.callback = u.callback();
                    shard.secret = u.secret();
                    shard.sessionId = null;
                    shard.connectedAt = null;
                    shard.disconnectedAt = null;
                    shard.status = "enabled";
                } else {
                    errors.add(new ShardError(u.id(), "transport method must be websocket or webhook",
                            "invalid_parameter"));
                    continue;
                }
                updated.add(snapshot(shard));
            }
            c.updateDown(now);
        }
        associated.forEach(server::markUsed);
        return new UpdateResult(updated, errors);
    }

    /** Forces a shard into any of Twitch's shard statuses; leaving {@code enabled} sends conduit.shard.disabled. */
    public void setShardStatus(String conduitId, String shardId, String status) {
        if (!SHARD_STATUSES.contains(status)) {
            throw new IllegalArgumentException("shard status must be one of " + SHARD_STATUSES + ", got " + status);
        }
        Disabled disabled = null;
        synchronized (this) {
            Conduit c = conduits.get(conduitId);
            if (c == null) {
                throw new IllegalArgumentException("no such conduit: " + conduitId);
            }
            Shard shard = shardOf(c, shardId);
            if (shard == null) {
                throw new IllegalArgumentException("no shard " + shardId + " in conduit " + conduitId);
            }
            boolean wasEnabled = shard.enabled();
            shard.status = status;
            if (wasEnabled && !shard.enabled()) {
                if (status.startsWith("websocket_")) {
                    shard.disconnectedAt = server.clock().instant();
                }
                disabled = new Disabled(c.clientId, c.id, snapshot(shard));
            }
            c.updateDown(server.clock().instant());
        }
        if (disabled != null) {
            announceDisabled(disabled);
        }
    }

    // ---------------------------------------------------------------- hooks for the websocket side

    @Override
    public synchronized void checkConduit(String clientId, String conduitId) {
        Conduit c = conduits.get(conduitId);
        if (c == null || !c.clientId.equals(clientId)) {
            throw TwitchHttpError.badRequest("conduit does not exist");
        }
    }

    @Override
    public boolean deliver(Subscription sub, String routingKey, String frame) {
        String conduitId = sub.transport().target();
        Shard first;
        Shard retry;
        synchronized (this) {
            Conduit c = conduits.get(conduitId);
            if (c == null || c.shards.isEmpty()) {
                return false;
            }
            int index = shardIndex(routingKey, c.shards.size());
            first = copy(c.shards.get(index));
            retry = c.shards.size() > 1 ? copy(c.shards.get((index + 1) % c.shards.size())) : null;
        }
        if (send(conduitId, first, frame)) {
            return true;
        }
        boolean retryable = "websocket".equals(first.method) && retry != null;
        return retryable && send(conduitId, retry, frame);
    }

    private boolean send(String conduitId, Shard shard, String frame) {
        if (!shard.enabled()) {
            return false;
        }
        if ("webhook".equals(shard.method)) {
            server.recordWebhook(new WebhookDelivery(conduitId, shard.id, shard.callback, frame));
            if (WebhookCaller.callable(shard.callback)) {
                server.webhooks().post(new WebhookCaller.Target(shard.callback, shard.secret), frame, delivered -> {
                    if (server.failedTooOften(conduitId + "#" + shard.id, delivered)) {
                        setShardStatus(conduitId, shard.id, "notification_failures_exceeded");
                    }
                });
            }
            return true;
        }
        Optional<WsConnection> connection = server.liveConnection(shard.sessionId);
        return connection.isPresent() && connection.get().send(frame);
    }

    @Override
    public synchronized boolean holdsSession(String sessionId) {
        return conduits.values().stream().flatMap(c -> c.shards.stream())
                .anyMatch(s -> s.enabled() && sessionId.equals(s.sessionId));
    }

    @Override
    public void sessionLost(String sessionId, String shardStatus) {
        String status = SHARD_STATUSES.contains(shardStatus) ? shardStatus : "websocket_disconnected";
        List<Disabled> disabled = new ArrayList<>();
        Instant now = server.clock().instant();
        synchronized (this) {
            for (Conduit c : conduits.values()) {
                for (Shard s : c.shards) {
                    if (s.enabled() && sessionId.equals(s.sessionId)) {
                        s.status = status;
                        s.disconnectedAt = now;
                        disabled.add(new Disabled(c.clientId, c.id, snapshot(s)));
                    }
                }
                c.updateDown(now);
            }
        }
        // Called under the server's lock: notifications go out from the timer thread.
        disabled.forEach(d -> server.runLater(() -> announceDisabled(d)));
    }

    /** Sends {@code conduit.shard.disabled} to every subscription for the conduit's client (and conduit). */
    private void announceDisabled(Disabled d) {
        Optional<CatalogEntry> entry = server.catalog().find("conduit.shard.disabled", "1");
        if (entry.isEmpty()) {
            return;
        }
        List<Subscription> targets = server.subscriptions().stream()
                .filter(s -> s.enabled() && s.entry().equals(entry.get())
                        && d.clientId().equals(s.condition().get("client_id"))
                        && (s.condition().get("conduit_id") == null || d.conduitId().equals(s.condition().get("conduit_id"))))
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode transport = nodes.objectNode();
        transport.put("method", d.shard().method());
        if ("webhook".equals(d.shard().method())) {
            transport.put("callback", d.shard().callback());
        } else {
            transport.put("session_id", d.shard().sessionId());
            transport.put("connected_at", d.shard().connectedAt() == null ? null
                    : Timestamps.format(d.shard().connectedAt()));
            transport.put("disconnected_at", d.shard().disconnectedAt() == null ? null
                    : Timestamps.format(d.shard().disconnectedAt()));
        }
        Map<String, JsonNode> overrides = Map.of("conduit_id", nodes.stringNode(d.conduitId()),
                "shard_id", nodes.stringNode(d.shard().id()), "status", nodes.stringNode(d.shard().status()),
                "transport", transport);
        EventTemplate template = EventTemplate.compile(json, server.catalog().fixture(entry.get()), overrides,
                id -> Optional.empty());
        String[] values = template.freshValues(server.clock().instant());
        for (Subscription sub : targets) {
            server.deliver(sub, template.payloadKey(), template.render(sub.condition(), values));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The shard a routing key goes to: unsigned FNV-1a (32 bit) of its UTF-8 bytes, modulo the shard count. */
    public static int shardIndex(String routingKey, int shardCount) {
        int hash = 0x811c9dc5;
        for (byte b : routingKey.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % shardCount);
    }

    private Conduit owned(String clientId, String conduitId) {
        Conduit c = conduits.get(conduitId);
        if (c == null || !c.clientId.equals(clientId)) {
            throw TwitchHttpError.notFound("conduit not found");
        }
        return c;
    }

    private static Shard shardOf(Conduit c, String id) {
        try {
            int index = Integer.parseInt(id);
            return index >= 0 && index < c.shards.size() ? c.shards.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void checkShardCount(int shardCount) {
        if (shardCount < 1 || shardCount > MAX_SHARDS) {
            throw TwitchHttpError.badRequest("shard_count must be between 1 and " + MAX_SHARDS);
        }
    }

    private static Shard copy(Shard s) {
        Shard c = new Shard(s.id);
        c.status = s.status;
        c.method = s.method;
        c.sessionId = s.sessionId;
        c.callback = s.callback;
        c.secret = s.secret;
        c.connectedAt = s.connectedAt;
        c.disconnectedAt = s.disconnectedAt;
        return c;
    }

    private static MockShard snapshot(Shard s) {
        return new MockShard(s.id, s.status, s.method, s.sessionId, s.callback, s.connectedAt, s.disconnectedAt);
    }

    private static MockConduit snapshot(Conduit c) {
        return new MockConduit(c.id, c.clientId, c.shards.stream().map(ConduitStore::snapshot).toList());
    }
}
