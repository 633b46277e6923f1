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

    /** A started HTTP client for the upgrade requests, on the transport's threads, timer and buffer pool. */
    public static HttpClient startHttpClient(int threads, SSLContext sslContext) {
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
        start(http);
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
     * A started WebSocket client on the started {@code http}: Jetty then gives it the HTTP client's threads and
     * buffer pool (on a client not yet started it would make its own pool of 8 threads and its own buffer pool).
     * No idle timeout: the engine watches Twitch's keepalives (10 s to 600 s) and pings, and Jetty's default 30 s
     * would cut healthy sessions. Frames are read whole up to the frame limit (no auto-fragmenting), so a message
     * in one frame reaches the listener as one piece.
     */
    public static WebSocketClient startWebSocketClient(HttpClient http) {
        if (!http.isStarted()) {
            throw new IllegalStateException("start the HTTP client first, or Jetty gives the WebSocket client threads"
                    + " of its own");
        }
        WebSocketClient client = new WebSocketClient(http);
        client.setIdleTimeout(Duration.ZERO);
        client.setAutoFragment(false);
        client.setMaxFrameSize(DEFAULT_FRAME_BYTES);
        client.setMaxTextMessageSize(DEFAULT_FRAME_BYTES);
        client.setStopAtShutdown(false);
        try {
            start(client);
        } catch (RuntimeException e) {
            LifeCycle.stop(http);
            throw e;
        }
        return client;
    }

    private static void start(LifeCycle component) {
        try {
            component.start();
        } catch (Exception e) {
            LifeCycle.stop(component);
            throw new IllegalStateException("Jetty's client did not start", e);
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
