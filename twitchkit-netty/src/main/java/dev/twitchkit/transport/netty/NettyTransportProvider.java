package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.transport.WebSocketTransportProvider;

/**
 * Makes Netty the default transport of every EventSub client built without {@code transport(...)}, once this module
 * is on the class or module path: they share one {@link NettyWebSocketTransport} with its defaults, made on first
 * use, whose daemon threads live as long as the JVM. Found by {@link java.util.ServiceLoader}; not called directly.
 */
public final class NettyTransportProvider implements WebSocketTransportProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public NettyTransportProvider() {
    }

    @Override
    public WebSocketTransport sharedTransport() {
        return Shared.TRANSPORT;
    }

    /** Made on first use: a JVM that only names its transports never starts these threads. */
    private static final class Shared {
        static final NettyWebSocketTransport TRANSPORT = NettyWebSocketTransport.create();
    }
}
