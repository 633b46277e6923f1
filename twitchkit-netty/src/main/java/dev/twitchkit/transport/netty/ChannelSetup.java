package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.ProxyCredentials;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.proxy.HttpProxyHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * Builds one connection's pipeline: the proxy tunnel if any, TLS for {@code wss://}, the HTTP codec for the opening
 * handshake (the handshaker swaps it for the frame codec once the upgrade succeeded) and the
 * {@link ConnectionHandler}.
 */
final class ChannelSetup extends ChannelInitializer<Channel> {
    /** The upgrade response is a status line and a few headers; anything longer is not a WebSocket server's. */
    private static final int MAX_HANDSHAKE_RESPONSE = 8192;

    private final Endpoint endpoint;
    private final Optional<InetSocketAddress> proxy;
    private final ProxyCredentials credentials;
    private final SslContext tls;
    private final Duration connectTimeout;
    private final ConnectionHandler handler;

    /**
     * @param proxy the proxy to tunnel through, its address resolved
     * @param credentials what the proxy asks for, or null for none
     */
    ChannelSetup(Endpoint endpoint, Optional<InetSocketAddress> proxy, ProxyCredentials credentials, SslContext tls,
                 Duration connectTimeout, ConnectionHandler handler) {
        this.endpoint = endpoint;
        this.proxy = proxy;
        this.credentials = credentials;
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.handler = handler;
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline p = channel.pipeline();
        proxy.ifPresent(address -> {
            HttpProxyHandler tunnel = credentials == null ? new HttpProxyHandler(address)
                    : new HttpProxyHandler(address, credentials.username(), credentials.password());
            tunnel.setConnectTimeoutMillis(connectTimeout.toMillis());
            p.addLast("proxy", tunnel);
        });
        if (endpoint.tls()) {
            p.addLast("tls", tlsHandler(channel));
        }
        p.addLast("http", new HttpClientCodec());
        p.addLast("http-aggregator", new HttpObjectAggregator(MAX_HANDSHAKE_RESPONSE));
        p.addLast("websocket", handler);
    }

    /** TLS with the host name verified against the certificate (HTTPS rules) and sent as SNI. */
    private SslHandler tlsHandler(Channel channel) {
        SSLEngine engine = tls.newEngine(channel.alloc(), endpoint.host(), endpoint.port());
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isIpLiteral(endpoint.host())) {
            parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
        }
        engine.setSSLParameters(parameters);
        SslHandler handler = new SslHandler(engine);
        handler.setHandshakeTimeoutMillis(connectTimeout.toMillis());
        return handler;
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
