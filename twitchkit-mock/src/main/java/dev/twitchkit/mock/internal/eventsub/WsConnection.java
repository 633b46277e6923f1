package dev.twitchkit.mock.internal.eventsub;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One WebSocket connection to {@code /ws}. It never accepts data from the client: any text or binary frame
 * closes it with 4001. Pongs answer the mock's pings (4002 when they stop). Sends are asynchronous with a
 * bounded window of frames in flight, so a fast producer cannot queue unbounded memory behind a slow client.
 */
public final class WsConnection implements Session.Listener.AutoDemanding {
    /** Frames that may be queued in Jetty before a sender waits. */
    private static final int WINDOW = 2048;
    /** How long a sender waits for window space before the notification counts as dropped. */
    private static final long WINDOW_WAIT_MILLIS = 5_000;

    private final EventSubServer server;
    private final String reconnectToken;
    private final int keepaliveSeconds;
    private final Semaphore window = new Semaphore(WINDOW);
    private final Instant openedAt;
    private volatile Session socket;
    /** Jetty's core session, for batched writes; null if Jetty hands us another Session type. */
    private volatile CoreSession core;
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private volatile SocketSession session;
    private volatile boolean open;
    private volatile long lastSentNanos = System.nanoTime();
    private volatile boolean keepalivesStopped;
    /** Set when a sender gave up waiting for window space; later sends fail fast until the client drains. */
    private volatile boolean stalled;
    private volatile boolean awaitingPong;
    /** The subscription status a close the mock initiated leaves behind; null for the client's own close. */
    private volatile String closeStatus;

    WsConnection(EventSubServer server, String reconnectToken, int keepaliveSeconds, Instant openedAt) {
        this.server = server;
        this.reconnectToken = reconnectToken;
        this.keepaliveSeconds = keepaliveSeconds;
        this.openedAt = openedAt;
    }

    @Override
    public void onWebSocketOpen(Session socket) {
        this.socket = socket;
        this.core = socket instanceof WebSocketSession s ? s.getCoreSession() : null;
        this.open = true;
        server.opened(this);
    }

    @Override
    public void onWebSocketText(String message) {
        closeWith(4001, "client sent inbound traffic", "websocket_received_inbound_traffic");
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        closeWith(4001, "client sent inbound traffic", "websocket_received_inbound_traffic");
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        awaitingPong = false;
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        // A frame Jetty could not parse is inbound traffic too; Jetty follows with onWebSocketClose.
        if (cause instanceof org.eclipse.jetty.websocket.api.exceptions.ProtocolException) {
            closeWith(4001, "client sent inbound traffic", "websocket_received_inbound_traffic");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        open = false;
        try {
            server.closed(this, statusCode);
        } finally {
            callback.succeed();
        }
    }

    /**
     * Queues a text frame. Blocks while the window is full; false when the connection is gone or the client
     * has not drained its window in time (then further sends fail at once until it drains, so a stuck client
     * costs one wait, not one per notification).
     */
    public boolean send(String text) {
        return send(text, true);
    }

    /** Queues a text frame only if there is window space now; never blocks (timer thread, under locks). */
    boolean trySend(String text) {
        return send(text, false);
    }

    private boolean send(String text, boolean mayWait) {
        Session s = socket;
        if (!open || s == null) {
            return false;
        }
        try {
            boolean acquired = stalled || !mayWait ? window.tryAcquire()
                    : window.tryAcquire(WINDOW_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (!mayWait && !acquired) {
                return false;
            }
            stalled = !acquired;
            if (!acquired) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        lastSentNanos = System.nanoTime();
        CoreSession c = core;
        if (c == null) {
            s.sendText(text, Callback.from(window::release, failure -> window.release()));
            return true;
        }
        // Batched: frames sent in a burst share socket writes. The first frame of a burst asks for a flush on
        // the flush thread; frames queued before it runs go out in the same writes.
        c.sendFrame(new Frame(OpCode.TEXT, text), org.eclipse.jetty.util.Callback.from(window::release,
                failure -> window.release()), true);
        if (flushScheduled.compareAndSet(false, true)) {
            server.flushSoon(() -> {
                flushScheduled.set(false);
                c.flush(org.eclipse.jetty.util.Callback.NOOP);
            });
        }
        return true;
    }

    /** Closes with a code; {@code status} is what the session's subscriptions become (null: unchanged rule). */
    public void closeWith(int code, String reason, String status) {
        Session s = socket;
        if (s == null || !open) {
            return;
        }
        if (status != null) {
            closeStatus = status;
        }
        s.close(code, reason, Callback.NOOP);
    }

    /** Drops the TCP connection with no close frame, as a network failure would. */
    public void dropTcp() {
        Session s = socket;
        if (s != null) {
            s.disconnect();
        }
    }

    void ping() {
        Session s = socket;
        if (s != null && open) {
            awaitingPong = true;
            s.sendPing(ByteBuffer.wrap(Long.toString(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                    Callback.NOOP);
        }
    }

    public boolean open() {
        return open;
    }

    String reconnectToken() {
        return reconnectToken;
    }

    int keepaliveSeconds() {
        return keepaliveSeconds;
    }

    Instant openedAt() {
        return openedAt;
    }

    public SocketSession session() {
        return session;
    }

    void session(SocketSession session) {
        this.session = session;
    }

    long lastSentNanos() {
        return lastSentNanos;
    }

    boolean keepalivesStopped() {
        return keepalivesStopped;
    }

    public void stopKeepalives() {
        keepalivesStopped = true;
    }

    boolean awaitingPong() {
        return awaitingPong;
    }

    String closeStatus() {
        return closeStatus;
    }
}
