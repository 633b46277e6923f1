package dev.twitchkit.bench.loopback;

import dev.twitchkit.transport.JdkWebSocketTransport;
import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.transport.WebSocketTransportProvider;
import dev.twitchkit.transport.jetty.JettyWebSocketTransport;
import dev.twitchkit.transport.netty.NettyWebSocketTransport;
import java.net.http.HttpClient;
import java.util.ServiceLoader;

/**
 * The WebSocket transports under comparison, by name. A library name of the harness may end in {@code @name}
 * ({@code twitchkit@jetty}, {@code twitchkit-shards@jetty}); without it the library's default runs: Netty, which
 * twitchkit-netty on the harness's class path provides. {@code @jdk} is the library's default without a transport
 * module — the JDK's client, set up as the clients set it up themselves — and runs in a JVM whose class path lacks
 * twitchkit-netty ({@code bin/bench} starts those that way).
 */
public final class Transports {
    /** The transports the harness compares, the library's built-in one first. */
    public static final String[] NAMES = {"jdk", "netty", "jetty"};

    private Transports() {
    }

    /** A new transport of this name, with its defaults; the caller closes it after its clients. */
    public static WebSocketTransport create(String name) {
        return switch (name) {
            case "jdk" -> JdkWebSocketTransport.using(HttpClient.newHttpClient());
            case "netty" -> NettyWebSocketTransport.create();
            case "jetty" -> JettyWebSocketTransport.create();
            default -> throw new IllegalArgumentException("unknown transport " + name + " (jdk, netty, jetty)");
        };
    }

    /** The library part of {@code library@transport}. */
    static String library(String spec) {
        int at = spec.indexOf('@');
        return at < 0 ? spec : spec.substring(0, at);
    }

    /** The transport named in {@code library@transport}, or null for the library's default (also for {@code @jdk}). */
    static WebSocketTransport of(String spec) {
        int at = spec.indexOf('@');
        if (at < 0) {
            return null;
        }
        String name = spec.substring(at + 1);
        if (name.equals("jdk")) {
            if (ServiceLoader.load(WebSocketTransportProvider.class).findFirst().isPresent()) {
                throw new IllegalStateException(spec + " needs a class path without a transport module"
                        + " (twitchkit-netty), so the library falls back to the JDK's client by itself");
            }
            return null;
        }
        return create(name);
    }
}
