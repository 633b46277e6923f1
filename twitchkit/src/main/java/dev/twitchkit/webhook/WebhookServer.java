package dev.twitchkit.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link WebhookReceiver} on the JDK's built-in HTTP server ({@code jdk.httpserver}): no dependency to add. It
 * speaks plain HTTP; Twitch calls only HTTPS on port 443, so put it behind the TLS proxy or load balancer that holds
 * the certificate. Requests are handled on a few daemon threads of its own; handlers never run on them.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final String path;

    private WebhookServer(HttpServer server, ExecutorService threads, String path) {
        this.server = server;
        this.threads = threads;
        this.path = path;
    }

    /**
     * Serves {@code receiver} at {@code path} on {@code address} (port 0: any free port, see {@link #port()}).
     *
     * @param threads how many requests are checked at once (verification is quick; 2 suit most services)
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static WebhookServer start(WebhookReceiver receiver, InetSocketAddress address, String path, int threads) {
        Checks.notNull(receiver, "receiver");
        Checks.notNull(address, "address");
        Checks.inRange(threads, 1, 256, "threads");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got " + path);
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.numbered("twitchkit-webhook"));
        server.createContext(path, exchange -> serve(receiver, path, exchange));
        server.setExecutor(pool);
        server.start();
        return new WebhookServer(server, pool, path);
    }

    private static void serve(WebhookReceiver receiver, String path, HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            WebhookResponse response = exchange.getRequestURI().getPath().equals(path)
                    ? receiver.handle(exchange.getRequestMethod(), exchange.getRequestHeaders()::getFirst, body)
                    : WebhookResponse.text(404, "not found");
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook request failed", e);
            throw e;
        }
    }

    /** The port it listens on (the one chosen when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The callback address on the loopback interface, for tests and local tools. */
    public URI localUri() {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** Stops listening at once and ends its threads; requests in progress are cut. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
