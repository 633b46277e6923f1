package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A transport that counts the connections it opened through the one it wraps: proof a client used it. */
public final class CountingTransport implements WebSocketTransport {
    private final WebSocketTransport inner;
    private final AtomicInteger opened = new AtomicInteger();

    public CountingTransport(WebSocketTransport inner) {
        this.inner = inner;
    }

    /** Connections whose handshake succeeded. */
    public int opened() {
        return opened.get();
    }

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Duration connectTimeout, int maxMessageChars,
                                                          WebSocketListener listener) {
        return inner.connect(uri, connectTimeout, maxMessageChars, listener).whenComplete((c, e) -> {
            if (e == null) {
                opened.incrementAndGet();
            }
        });
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void close() {
        inner.close();
    }
}
