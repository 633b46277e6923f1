package dev.twitchkit;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.transport.JdkWebSocketTransport;
import dev.twitchkit.transport.WebSocketTransport;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The EventSub engine's settings, which the builders of {@link ClientUser} (per socket) and {@link ClientApp} (per
 * shard) share on top of the {@link App} settings: keepalive, connect timeout, reconnect backoff, dispatch and
 * what a 409 means. Twitch's rules are the defaults. Each setter returns the concrete builder {@code B}.
 *
 * @param <B> the concrete builder
 */
public abstract class EventSubBuilder<B extends EventSubBuilder<B>> extends App.Builder<B> {
    final EngineSettings client = new EngineSettings();

    /** Starts a builder with the application's credentials. */
    protected EventSubBuilder(String clientId, String clientSecret) {
        super(clientId, clientSecret);
    }

    /**
     * Asks Twitch for this keepalive interval ({@code keepalive_timeout_seconds}, 10 to 600; Twitch's default
     * is 10). Silence longer than about 1.2 times it counts as a lost connection.
     */
    public B keepaliveTimeoutSeconds(int seconds) {
        client.keepaliveTimeoutSeconds = Checks.inRange(seconds, 1, 600, "keepaliveTimeoutSeconds");
        return self();
    }

    /**
     * Whether a socket silent for a quarter of the keepalive gets a WebSocket ping, and counts as lost when no pong
     * comes within another quarter, at least 1 s (default on). It notices a dead connection within half of Twitch's
     * keepalive of its last message, where the keepalive watchdog alone takes 1.2 keepalives; the JDK's WebSocket client does not report
     * every connection dropped mid-frame. A ping is a control frame, not the inbound data Twitch forbids (4001); at
     * most one goes out per silence, so a quiet socket sends one per keepalive.
     */
    public B livenessProbe(boolean enabled) {
        client.livenessProbe = enabled;
        return self();
    }

    /**
     * The longest message a socket (a shard) accepts, in characters (default 1 Mi, far above Twitch's largest
     * messages, which are tens of KB). A longer one is refused while it arrives, before it is all in memory: the
     * socket is closed with 1009 (message too big) and the loss handled as any other. At least 4,096: a welcome
     * alone is a few hundred.
     */
    public B maxMessageSize(int characters) {
        client.maxMessageChars = Checks.inRange(characters, 4096, Integer.MAX_VALUE, "maxMessageSize");
        return self();
    }

    /**
     * The WebSocket library the sockets (the shards) open on. Default: the transport of the transport module on the
     * class path (twitchkit-netty: a few shared threads and a few KiB per idle socket), shared by every client of
     * the JVM; without one, the JDK's client ({@link JdkWebSocketTransport}), which needs no dependency but holds
     * about eight times the heap per socket and, for a {@link ClientUser}, a selector thread per client. Many clients
     * can share one transport, and do better so; the code that created it closes it after them.
     */
    public B transport(WebSocketTransport transport) {
        client.transport = Checks.notNull(transport, "transport");
        return self();
    }

    /** How long a socket may take to open and be welcomed (default 10 s). */
    public B connectTimeout(Duration timeout) {
        client.connectTimeout = Checks.positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * Each socket's (on a conduit, each shard's) reconnect delays after a loss: full jitter under a ceiling that
     * starts at {@code initial} and doubles up to {@code max} (default 1 s and 180 s); a session that lived
     * {@code stablePeriod} (default 60 s) resets it.
     */
    public B backoff(Duration initial, Duration max, Duration stablePeriod) {
        Checks.positive(initial, "initial");
        Checks.positive(max, "max");
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is below its initial " + initial);
        }
        client.backoffInitial = initial;
        client.backoffMax = max;
        client.stablePeriod = Checks.positive(stablePeriod, "stablePeriod");
        return self();
    }

    /**
     * Runs handlers on this executor (default: two daemon threads owned by the client). Each socket's events reach
     * it in arrival order, one drain task per socket at a time.
     *
     * <p>{@code Runnable::run} runs handlers on the socket's reading thread, with no hand-off: the lowest latency
     * (one thread wake-up less per event) and a little more throughput, for handlers that are quick and never
     * block. That is the trade Twitch4J makes for every handler, and its cost: while a handler runs, nothing is
     * read from that socket (nor, for a {@link ClientUser} that opened its sockets on its own HTTP client, from its
     * other sockets), Twitch's pings go unanswered and the queue bound no longer protects the reading thread, so
     * a slow or blocking handler delays every later event and a long stall can lose the connection.
     */
    public B dispatchExecutor(Executor executor) {
        client.dispatchExecutor = Checks.notNull(executor, "executor");
        return self();
    }

    /**
     * How many notifications each socket's (each shard's) dispatch queue holds (default 10,000), and what happens
     * to more (default {@link OverflowPolicy#DROP_OLDEST}); {@link ClientUser#stats()} counts the drops.
     */
    public B dispatchQueue(int capacity, OverflowPolicy policy) {
        client.queueCapacity = Checks.inRange(capacity, 1, Integer.MAX_VALUE, "capacity");
        client.overflowPolicy = Checks.notNull(policy, "policy");
        return self();
    }

    /**
     * Whether a 409 (the subscription exists already, on the conduit for {@link ClientApp}) adopts the existing
     * one (default true, as the seed).
     */
    public B ignoreConflict(boolean ignore) {
        client.ignoreConflict = ignore;
        return self();
    }
}
