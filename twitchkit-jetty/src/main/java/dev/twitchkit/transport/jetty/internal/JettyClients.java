package dev.twitchkit.transport.jetty.internal;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Builds the Jetty clients of one transport, sized for many idle connections: a fixed pool of a few daemon
 * threads, one timer thread, and a buffer pool that keeps little. Jetty's WebSocket connection gives its read
 * buffer back to the pool whenever a read finds nothing more, so an idle connection holds none; the pool keeps at
 * most {@link #POOLED_BYTES} of heap and of direct buffers for the connections that are reading.
 */
public final class JettyClients {
    /** Buffers larger than this are not pooled (a large frame's buffer goes to the garbage collector). */
    private static final int POOLED_BUFFER_MAX = 64 * 1024;
    /** How much the shared pool keeps of each kind of buffer, for all connections together. */
    static final long POOLED_BYTES = 1 << 20;
    /** Client-wide frame limit; each connection replaces it with its own before reading (3 × 1 Mi characters). */
    private static final long DEFAULT_FRAME_BYTES = JettySocket.maxFrameBytes(1 << 20);

    private JettyClients() {
    }

    /** An HTTP client for the upgrade requests; not started. */
    public static HttpClient newHttpClient(int threads, SSLContext sslContext) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, threads, 60_000, 0, null, null,
                daemonThreads("twitchkit-jetty-"));
        pool.setName("twitchkit-jetty");
        pool.setDaemon(true);
        HttpClient http = new HttpClient();
        http.setName("twitchkit-jetty");
        http.setExecutor(pool);
        http.setScheduler(new ScheduledExecutorScheduler("twitchkit-jetty-timer", true));
        http.setByteBufferPool(new ArrayByteBufferPool(0, -1, POOLED_BUFFER_MAX, -1, POOLED_BYTES, POOLED_BYTES));
        http.setSslContextFactory(tls(sslContext));
        http.setFollowRedirects(false);
        return http;
    }

    /**
     * TLS with host name verification and SNI; the JDK's default trust unless {@code sslContext} is given (Jetty
     * then uses the platform's default trust managers, as {@code SSLContext.getDefault()} does).
     */
    private static SslContextFactory.Client tls(SSLContext sslContext) {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        if (sslContext != null) {
            tls.setSslContext(sslContext);
        }
        return tls;
    }

    /**
     * The WebSocket client on {@code http}; not started. No idle timeout: the engine watches Twitch's keepalives
     * (10 s to 600 s) and pings, and Jetty's default 30 s would cut healthy sessions. Frames are read whole up to
     * the frame limit (no auto-fragmenting), so a message in one frame reaches the listener as one piece.
     */
    public static WebSocketClient newWebSocketClient(HttpClient http) {
        WebSocketClient client = new WebSocketClient(http);
        client.setIdleTimeout(Duration.ZERO);
        client.setAutoFragment(false);
        client.setMaxFrameSize(DEFAULT_FRAME_BYTES);
        client.setMaxTextMessageSize(DEFAULT_FRAME_BYTES);
        client.setStopAtShutdown(false);
        return client;
    }

    /** Starts both clients; on failure stops what started. */
    public static void start(HttpClient http, WebSocketClient client) {
        try {
            http.start();
            client.start();
        } catch (Exception e) {
            LifeCycle.stop(client);
            LifeCycle.stop(http);
            throw new IllegalStateException("Jetty's WebSocket client did not start", e);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
