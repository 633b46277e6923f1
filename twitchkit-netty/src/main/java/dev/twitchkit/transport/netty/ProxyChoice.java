package dev.twitchkit.transport.netty;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.util.List;
import java.util.Optional;

/**
 * Which HTTP proxy, if any, a connection tunnels through: a fixed one, or the one a {@link ProxySelector} names
 * for the URI (the JVM's default selector unless told otherwise, like the JDK's own client). Only HTTP proxies are
 * used; a SOCKS one the selector names is passed over, as the JDK's client does.
 */
final class ProxyChoice {
    private final InetSocketAddress fixed;
    private final ProxySelector selector;

    private ProxyChoice(InetSocketAddress fixed, ProxySelector selector) {
        this.fixed = fixed;
        this.selector = selector;
    }

    /** Always through {@code proxy}. */
    static ProxyChoice fixed(InetSocketAddress proxy) {
        return new ProxyChoice(proxy, null);
    }

    /** Whatever {@code selector} says per URI; {@code null} means the JVM's default at the time of each connect. */
    static ProxyChoice selectedBy(ProxySelector selector) {
        return new ProxyChoice(null, selector);
    }

    /** The proxy for {@code endpoint}, or empty to connect directly. */
    Optional<InetSocketAddress> proxyFor(Endpoint endpoint) {
        if (fixed != null) {
            return Optional.of(fixed);
        }
        ProxySelector s = selector != null ? selector : ProxySelector.getDefault();
        if (s == null) {
            return Optional.empty();
        }
        List<Proxy> proxies = s.select(endpoint.forProxySelector());
        return proxies.stream()
                .filter(p -> p.type() == Proxy.Type.HTTP && p.address() instanceof InetSocketAddress)
                .map(p -> (InetSocketAddress) p.address())
                .findFirst();
    }

    @Override
    public String toString() {
        return fixed != null ? "proxy " + fixed : selector != null ? "proxy selector " + selector : "default proxies";
    }
}
