package dev.twitchkit.transport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The transport on the JDK's own {@link WebSocket} client ({@code java.net.http}): no dependency beyond the JDK,
 * {@code wss://} with the JDK's trust store, proxies through the {@link HttpClient}'s {@code ProxySelector}. It
 * reads one frame piece at a time (demand of one, renewed after each call), so a slow listener slows the socket
 * rather than filling memory.
 */
public final class JdkWebSocketTransport implements WebSocketTransport {
    private final HttpClient http;

    private JdkWebSocketTransport(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * A transport whose connections go through {@code http}: its proxy, TLS context and executor apply. An
     * executor that runs tasks inline ({@code Runnable::run}) reads each socket on the client's selector thread,
     * which costs the fewest thread hand-offs.
     */
    public static JdkWebSocketTransport using(HttpClient http) {
        return new JdkWebSocketTransport(http);
    }

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Duration connectTimeout, int maxMessageChars,
                                                          WebSocketListener listener) {
        Objects.requireNonNull(listener, "listener");
        try {
            return http.newWebSocketBuilder().connectTimeout(connectTimeout)
                    .buildAsync(uri, new Reader(listener))
                    .thenApply(Connection::new);
        } catch (RuntimeException e) { // e.g. a URL that is not ws:// or wss://
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

        @Override
        public void onOpen(WebSocket ws) {
            listener.onOpen(new Connection(ws));
            ws.request(1);
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
