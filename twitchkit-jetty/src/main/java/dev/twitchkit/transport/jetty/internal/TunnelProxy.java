package dev.twitchkit.transport.jetty.internal;

import java.net.InetSocketAddress;
import java.util.function.Predicate;
import org.eclipse.jetty.client.HttpProxy;
import org.eclipse.jetty.client.Origin;

/**
 * An HTTP proxy that always tunnels with {@code CONNECT}, also for {@code ws://}: a WebSocket upgrade through a
 * forwarding proxy is unreliable, and the JDK's client tunnels too. It serves the origins {@code applies} accepts.
 */
final class TunnelProxy extends HttpProxy {
    private final Predicate<Origin> applies;

    TunnelProxy(InetSocketAddress address, Predicate<Origin> applies) {
        super(new Origin.Address(address.getHostString(), address.getPort()), false);
        this.applies = applies;
    }

    @Override
    public boolean requiresTunnel(Origin serverOrigin) {
        return true;
    }

    @Override
    public boolean matches(Origin origin) {
        return applies.test(origin);
    }
}
