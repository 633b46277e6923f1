package dev.twitchkit.transport.jetty;

import dev.twitchkit.transport.ProxyCredentials;
import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.transport.jetty.internal.JettyClients;
import dev.twitchkit.transport.jetty.internal.JettySocket;
import dev.twitchkit.transport.jetty.internal.ProxyRoutes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * The transport on Jetty 12's WebSocket client, for applications that already run Jetty or hold many idle
 * connections: all of a transport's connections share a few daemon threads ({@code twitchkit-jetty-N}), one timer
 * thread and one small buffer pool, and an idle connection keeps no read buffer. Build one per application, pass it
 * to each EventSub client's {@code transport(...)}, and close it after them.
 *
 * <p>{@code wss://} uses the JDK's default trust store with host name verification, unless a
 * {@link Builder#sslContext(SSLContext) context} is given. Connections tunnel with HTTP {@code CONNECT} through the
 * {@link Builder#proxy(InetSocketAddress) proxy} given, else through what the JVM's {@link ProxySelector} says for
 * each URI. Jetty's idle timeout is off: the engine's keepalive watch (Twitch's 10 s to 600 s) decides when a
 * quiet connection is dead.
 */
public final class JettyWebSocketTransport implements WebSocketTransport {
    private final HttpClient http;
    private final WebSocketClient client;
    private final ProxyRoutes routes;

    private JettyWebSocketTransport(Builder builder) {
        http = JettyClients.startHttpClient(builder.threads, builder.sslContext);
        routes = builder.proxy != null
                ? ProxyRoutes.fixed(http, builder.proxy, builder.proxyCredentials)
                : ProxyRoutes.selected(http, builder.proxySelector != null ? builder.proxySelector
                        : ProxySelector.getDefault(), builder.proxyCredentials);
        client = JettyClients.startWebSocketClient(http);
    }

    /** A transport with the defaults: three threads, the JDK's trust store, the JVM's proxy selector. */
    public static JettyWebSocketTransport create() {
        return builder().build();
    }

    /** Starts a transport's settings; {@link Builder#build()} then starts its threads. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Duration connectTimeout, int maxMessageChars,
                                                          WebSocketListener listener) {
        try {
            WebSocketTransport.checkConnect(uri, connectTimeout, maxMessageChars, listener);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (!client.isRunning()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the transport is closed"));
        }
        JettySocket socket = new JettySocket(listener, JettySocket.maxFrameBytes(maxMessageChars));
        long timeoutMillis = Math.max(1, connectTimeout.toMillis());
        // Jetty's request timeout aborts its exchange; this timer is what the future obeys, whatever stage hangs.
        Scheduler.Task timer = http.getScheduler().schedule(() -> socket.failHandshake(new TimeoutException(
                "no WebSocket handshake with " + uri.getHost() + " within " + connectTimeout)),
                timeoutMillis, TimeUnit.MILLISECONDS);
        socket.opened().whenComplete((c, e) -> timer.cancel());
        try {
            routes.prepare(uri);
            ClientUpgradeRequest request = new ClientUpgradeRequest(uri);
            request.setTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
            client.connect(socket, request).whenComplete((session, error) -> {
                if (error != null) {
                    socket.failHandshake(error);
                }
            });
        } catch (IOException | RuntimeException e) {
            socket.failHandshake(e);
        }
        return socket.opened().copy();
    }

    @Override
    public String name() {
        return "jetty";
    }

    /**
     * Stops Jetty's client: open connections are dropped, the threads end. Idempotent. Not from a listener call:
     * it waits for the transport's own threads.
     */
    @Override
    public void close() {
        LifeCycle.stop(client);
        LifeCycle.stop(http);
    }

    @Override
    public String toString() {
        return "JettyWebSocketTransport";
    }

    /** The settings of a {@link JettyWebSocketTransport}. */
    public static final class Builder {
        private int threads = 3;
        private SSLContext sslContext;
        private InetSocketAddress proxy;
        private ProxySelector proxySelector;
        private ProxyCredentials proxyCredentials;

        private Builder() {
        }

        /**
         * How many threads all connections share (default 3): one waits on the sockets, the others read frames and
         * run the listeners. At least 2.
         */
        public Builder threads(int threads) {
            if (threads < 2) {
                throw new IllegalArgumentException("threads must be at least 2 (one selects, one reads), got "
                        + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Trusts what {@code context} trusts for {@code wss://} (a corporate CA, a test certificate) instead of the
         * JDK's default trust store; host names are still verified.
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Tunnels every connection through this HTTP proxy with {@code CONNECT}; overrides the proxy selector. */
        public Builder proxy(InetSocketAddress proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Asks {@code selector} which HTTP proxy to tunnel through for each URI (as an {@code http://} or
         * {@code https://} URI, like the JDK's client); default: {@link ProxySelector#getDefault()}.
         */
        public Builder proxySelector(ProxySelector selector) {
            this.proxySelector = Objects.requireNonNull(selector, "selector");
            return this;
        }

        /**
         * The user name and password the HTTP proxy asks for, sent with every CONNECT (Basic); whichever proxy
         * {@link #proxy} or the selector names. Kept out of logs and {@code toString}.
         */
        public Builder proxyCredentials(String username, String password) {
            this.proxyCredentials = new ProxyCredentials(username, password);
            return this;
        }

        /** Starts the transport's threads and Jetty's client. */
        public JettyWebSocketTransport build() {
            return new JettyWebSocketTransport(this);
        }
    }
}
