package dev.twitchkit.transport.jetty.internal;

import dev.twitchkit.transport.ProxyCredentials;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.client.BasicAuthentication;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Origin;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Which HTTP proxy, if any, a connection goes through. Jetty's client keeps a fixed list of proxies, each matched
 * against a server's origin; this puts in front of it either one proxy for every connection, or the answers of a
 * {@link ProxySelector} (the JVM's by default, as the JDK's client does): before each connect the selector's
 * proxy for the URI joins the list, and serves the origins the selector sends to it. Only HTTP proxies are used;
 * a SOCKS answer means a direct connection. Jetty picks the proxy when it first connects to a server, so a
 * selector that later changes its mind for that server is not heard until the client is rebuilt.
 */
public final class ProxyRoutes {
    private final HttpClient http;
    private final ProxySelector selector;
    private final ProxyCredentials credentials;
    private final Map<InetSocketAddress, TunnelProxy> known = new ConcurrentHashMap<>();

    private ProxyRoutes(HttpClient http, ProxySelector selector, ProxyCredentials credentials) {
        this.http = http;
        this.selector = selector;
        this.credentials = credentials;
    }

    /** Every connection of {@code http} tunnels through {@code proxy}; {@code credentials} null for none. */
    public static ProxyRoutes fixed(HttpClient http, InetSocketAddress proxy, ProxyCredentials credentials) {
        ProxyRoutes routes = new ProxyRoutes(http, null, credentials);
        routes.add(new TunnelProxy(proxy, origin -> true));
        return routes;
    }

    /**
     * Each connection of {@code http} goes where {@code selector} says for its URI; {@code credentials} (null for
     * none) go to every proxy it names.
     */
    public static ProxyRoutes selected(HttpClient http, ProxySelector selector, ProxyCredentials credentials) {
        return new ProxyRoutes(http, selector, credentials);
    }

    /** Puts {@code tunnel} in Jetty's list, with the credentials its CONNECT carries from the first one on. */
    private TunnelProxy add(TunnelProxy tunnel) {
        if (credentials != null) {
            http.getAuthenticationStore().addAuthenticationResult(new BasicAuthentication.BasicResult(
                    tunnel.getURI(), HttpHeader.PROXY_AUTHORIZATION, credentials.username(), credentials.password()));
        }
        http.getProxyConfiguration().addProxy(tunnel);
        return tunnel;
    }

    /** Makes sure the proxy the selector picks for {@code uri} (ws:// or wss://) is known before connecting. */
    public void prepare(URI uri) {
        if (selector == null) {
            return;
        }
        InetSocketAddress proxy = select(httpUri(uri.getScheme(), uri.getHost(), uri.getPort()));
        if (proxy != null) {
            known.computeIfAbsent(proxy, address ->
                    add(new TunnelProxy(address, origin -> address.equals(select(httpUri(origin))))));
        }
    }

    /** The selector's first answer if it is an HTTP proxy; null for a direct connection. */
    private InetSocketAddress select(URI uri) {
        if (uri == null) {
            return null;
        }
        List<Proxy> answers = selector.select(uri);
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        Proxy first = answers.get(0);
        return first.type() == Proxy.Type.HTTP && first.address() instanceof InetSocketAddress address
                ? address : null;
    }

    private static URI httpUri(Origin origin) {
        return httpUri(origin.getScheme(), origin.getAddress().getHost(), origin.getAddress().getPort());
    }

    /** The http:// or https:// URI a selector expects (the JDK's client asks it the same way). */
    private static URI httpUri(String scheme, String host, int port) {
        boolean secure = "wss".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        try {
            return new URI(secure ? "https" : "http", null, host, port, "/", null, null);
        } catch (URISyntaxException e) {
            return null; // not a host a proxy could be chosen for: connect directly
        }
    }
}
