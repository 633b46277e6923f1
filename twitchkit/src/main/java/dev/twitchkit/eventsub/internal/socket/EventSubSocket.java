package dev.twitchkit.eventsub.internal.socket;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EventSub WebSocket on the JDK's {@link WebSocket}: joins partial text frames into messages and hands them to
 * its {@link SocketListener}. It always requests more input, whatever the listener does, because the JDK only
 * reads (and answers Twitch's pings) while there is demand. It never sends data frames: Twitch closes a socket
 * that does (4001); it may send pings, control frames that Twitch answers.
 */
public final class EventSubSocket {
    private static final Logger LOG = LoggerFactory.getLogger(EventSubSocket.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final HttpClient http;
    private final URI uri;
    private final Duration connectTimeout;
    private final SocketListener listener;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WebSocket webSocket;
    private volatile CompletableFuture<Void> opened;

    private EventSubSocket(HttpClient http, URI uri, Duration connectTimeout, SocketListener listener) {
        this.http = http;
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.listener = listener;
    }

    /**
     * Starts opening a socket to {@code uri} and returns it at once. Its first message may reach the listener
     * before this returns (the JDK can complete a fast handshake on the calling thread): a caller that must know the
     * socket first uses {@link #create} and {@link #start}.
     */
    public static EventSubSocket connect(HttpClient http, URI uri, Duration connectTimeout,
                                         SocketListener listener) {
        EventSubSocket socket = create(http, uri, connectTimeout, listener);
        socket.start();
        return socket;
    }

    /**
     * A socket to {@code uri} that opens on {@link #start()}: the caller records it first, so that a message or a
     * failure arriving on the very thread that starts it is recognized as this socket's.
     */
    public static EventSubSocket create(HttpClient http, URI uri, Duration connectTimeout, SocketListener listener) {
        return new EventSubSocket(http, uri, connectTimeout, listener);
    }

    /** Begins the handshake; a second call does nothing. If the handshake fails, the listener hears onFailure. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<WebSocket> handshake;
        try {
            handshake = http.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(uri, new Reader());
        } catch (RuntimeException e) { // e.g. a URL that is not ws:// or wss://
            handshake = CompletableFuture.failedFuture(e);
        }
        // Async: a failure is never reported inside start(), where the caller may hold its own lock mid-change.
        opened = handshake.whenCompleteAsync((ws, error) -> {
            if (error != null) {
                if (ended.compareAndSet(false, true)) {
                    listener.onFailure(this, error);
                }
            } else {
                webSocket = ws;
            }
        }).thenApply(ws -> (Void) null);
    }

    /** Completes when the handshake is done; fails if it did not succeed. */
    public CompletableFuture<Void> opened() {
        return opened;
    }

    /** Where this socket is connected. */
    public URI uri() {
        return uri;
    }

    /**
     * Sends a WebSocket ping; the peer's pong reaches {@link SocketListener#onPong}. Fails when the socket is not
     * open or its output is closed, which is how a connection the JDK never reported as dropped shows itself.
     */
    public CompletableFuture<Void> ping() {
        WebSocket ws = webSocket;
        if (ws == null) {
            return CompletableFuture.failedFuture(new IOException("the socket is not open"));
        }
        try {
            return ws.sendPing(ByteBuffer.allocate(0)).thenApply(sent -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Closes politely (1000); the peer's answer or the abort after a short wait ends the socket. */
    public void close() {
        WebSocket ws = webSocket;
        if (ws == null || ws.isOutputClosed()) {
            abort();
            return;
        }
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "")
                .orTimeout(2, TimeUnit.SECONDS)
                .whenComplete((r, e) -> {
                    if (e != null) {
                        abort();
                    }
                });
    }

    /** Drops the connection at once, without a close handshake. */
    public void abort() {
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.abort();
        } else if (opened != null) {
            // Still handshaking: drop the connection as soon as it exists.
            opened.thenRun(() -> webSocket.abort());
        }
    }

    @Override
    public String toString() {
        return "socket#" + id;
    }

    /** The JDK callback; kept private so the socket's public surface is just open/close/abort. */
    private final class Reader implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            webSocket = ws;
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            try {
                if (!last) {
                    append(data);
                } else if (partial.length() > 0) {
                    append(data);
                    String text = partial.toString();
                    partial.setLength(0);
                    deliver(text);
                } else {
                    deliver(data.toString());
                }
            } finally {
                ws.request(1);
            }
            return null;
        }

        /**
         * The JDK hands text as a {@link CharBuffer}; {@code StringBuilder.append(CharSequence)} would copy it a
         * char at a time, the array form copies it in bulk.
         */
        private void append(CharSequence data) {
            if (data instanceof CharBuffer buffer && buffer.hasArray()) {
                partial.append(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            } else {
                partial.append(data);
            }
        }

        private void deliver(String text) {
            if (ended.get()) {
                return;
            }
            try {
                listener.onText(EventSubSocket.this, text);
            } catch (RuntimeException e) {
                // A listener bug must not stop reading; the engine's stages already catch their own errors.
                LOG.error("EventSub socket listener failed on a message; reading continues", e);
            }
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            ws.request(1); // the JDK sends the pong itself
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            try {
                if (!ended.get()) {
                    listener.onPong(EventSubSocket.this);
                }
            } finally {
                ws.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (ended.compareAndSet(false, true)) {
                listener.onClosed(EventSubSocket.this, statusCode, reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (ended.compareAndSet(false, true)) {
                listener.onFailure(EventSubSocket.this, error);
            }
        }
    }
}
