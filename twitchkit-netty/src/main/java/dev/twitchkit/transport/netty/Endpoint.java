package dev.twitchkit.transport.netty;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;

/** Where a {@code ws://} or {@code wss://} URI points: the host as written, its port, and whether it is TLS. */
record Endpoint(URI uri, String host, int port, boolean tls) {
    /** Reads {@code uri}; a scheme other than ws/wss or a missing host is refused here, before any I/O. */
    static Endpoint of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("not a ws:// or wss:// URI: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1); // an IPv6 literal
        }
        boolean tls = scheme.equals("wss");
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        return new Endpoint(uri, host, port, tls);
    }

    /** The address to connect to, not yet resolved: the resolver (or the proxy) does that. */
    InetSocketAddress unresolved() {
        return InetSocketAddress.createUnresolved(host, port);
    }

    /** The URI a {@link java.net.ProxySelector} is asked about: http or https, as the JDK's client asks. */
    URI forProxySelector() {
        return URI.create((tls ? "https" : "http") + "://" + uri.getRawAuthority());
    }
}
