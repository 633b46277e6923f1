package dev.twitchkit.transport;

import dev.twitchkit.internal.Futures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The transport on the JDK's own {@link WebSocket} client ({@code java.net.http}): no dependency beyond the JDK,
 * {@code wss://} with the JDK's trust store, proxies through the {@link HttpClient}'s {@code ProxySelector}. It
 * reads one frame piece at a time (demand of one, renewed after each call), so a slow listener slows the socket
 * rather than filling memory.
 */
public final class JdkWebSocketTransport implements WebSocketTransport {
    private final HttpClient http;
    private final Executor firstReads;

    private JdkWebSocketTransport(HttpClient http, Executor firstReads) {
        this.http = Objects.requireNonNull(http, "http");
        this.firstReads = Objects.requireNonNull(firstReads, "firstReads");
    }

    /**
     * A transport whose connections go through {@code http}: its proxy, TLS context and executor apply. Give the
     * client a real executor (or none: the JDK's default): on one that runs tasks inline ({@code Runnable::run})
     * the JDK 17 client now and then fails a socket reading a burst with "Invalid UTF-8 in frame TEXT" on frames
     * that are plain ASCII. Reading starts on the client's executor, else on the common pool.
     */
    public static JdkWebSocketTransport using(HttpClient http) {
        return using(http, http.executor().orElse(ForkJoinPool.commonPool()));
    }

    /**
     * As {@link #using(HttpClient)}, reading starting on {@code firstReads}: the JDK completes a handshake on a
     * thread of its choosing (on a machine of two cores, a new unnamed {@code Thread-N} per handshake), and the
     * first frames — the welcome — are read where reading starts; later frames arrive on the client's threads.
     */
    public static JdkWebSocketTransport using(HttpClient http, Executor firstReads) {
        return new JdkWebSocketTransport(http, firstReads);
    }

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Duration connectTimeout, int maxMessageChars,
                                                          WebSocketListener listener) {
        try {
            WebSocketTransport.checkConnect(uri, connectTimeout, maxMessageChars, listener);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        try {
            return http.newWebSocketBuilder().connectTimeout(connectTimeout)
                    .buildAsync(uri, new Reader(listener))
                    .thenApplyAsync(ws -> {
                        ws.request(1); // reading starts here: see using(HttpClient, Executor)
                        return (WebSocketConnection) new Connection(ws);
                    }, Futures.orInlineOnceRefused(firstReads)); // an opened socket must still start reading
        } catch (RuntimeException e) { // a URI the JDK refuses (no host, say)
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String name() {
        return "jdk";
    }

    /** The connections belong to the {@link HttpClient}, which its creator closes. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "JdkWebSocketTransport";
    }

    private record Connection(WebSocket ws) implements WebSocketConnection {
        @Override
        public CompletableFuture<Void> ping() {
            try {
                return ws.sendPing(ByteBuffer.allocate(0)).thenApply(sent -> null);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public CompletableFuture<Void> close(int code, String reason) {
            if (ws.isOutputClosed()) {
                return CompletableFuture.failedFuture(new IllegalStateException("output already closed"));
            }
            return ws.sendClose(code, reason).thenApply(sent -> null);
        }

        @Override
        public void abort() {
            ws.abort();
        }
    }

    /** The JDK callback: forwards each call and renews the demand of one after it. */
    private static final class Reader implements WebSocket.Listener {
        private final WebSocketListener listener;

        Reader(WebSocketListener listener) {
            this.listener = listener;
        }

        /** Reading starts once {@link #connect}'s future has the socket, on the executor given for it. */
        @Override
        public void onOpen(WebSocket ws) {
            listener.onOpen(new Connection(ws));
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            try {
                listener.onText(data, last);
            } finally {
                ws.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1); // Twitch sends none; ignored
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
                listener.onPong();
            } finally {
                ws.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            listener.onClose(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            listener.onError(error);
        }
    }
}
