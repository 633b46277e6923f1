package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.ProxyCredentials;
import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.resolver.NoopAddressResolverGroup;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A {@link WebSocketTransport} on Netty 4.2: every connection of the transport shares a few event-loop threads
 * (daemon, named {@code twitchkit-netty-N}), and an idle connection holds no read buffer, only its channel and
 * pipeline objects. Made for processes that keep many EventSub sockets open; share one transport between clients.
 *
 * <p>{@code wss://} uses the JDK's TLS ({@link SSLContext#getDefault()}, the JVM's trust store, unless
 * {@link Builder#sslContext} gives another) with the host name verified and sent as SNI. Connections tunnel
 * through an HTTP proxy with CONNECT: the one {@link Builder#proxy} names, else the one the JVM's default
 * {@link ProxySelector} picks for the URI, as the JDK's own client does. Without a proxy, host names are looked up
 * with the JDK's resolver on threads of their own ({@code twitchkit-netty-dns-N}, up to four, gone when idle), so a
 * slow DNS server never holds up the sockets an event loop reads.
 *
 * <p>A text message that comes in one frame reaches the listener as one piece; the frames of a fragmented one come
 * as pieces in order, decoded as they arrive. A frame may be at most {@code 3 × maxMessageChars} bytes (the most
 * UTF-8 bytes so many characters take); a longer one ends the connection with 1009.
 */
public final class NettyWebSocketTransport implements WebSocketTransport {
    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

    private static final AtomicInteger LOOKUP_THREAD_NUMBERS = new AtomicInteger();
    /** At most this many host-name lookups at once; more wait their turn. */
    private static final int LOOKUP_THREADS = 4;

    private final EventLoopGroup group;
    /** Host-name lookups, off the event loops; their threads end after a few idle seconds. */
    private final ThreadPoolExecutor lookups;
    private final OffLoopResolver resolver;
    private final Bootstrap bootstrap;
    private final LazyTls tls;
    private final ProxyChoice proxies;
    /** Null when the proxy asks for none. */
    private final ProxyCredentials proxyCredentials;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NettyWebSocketTransport(Builder builder) {
        this.tls = new LazyTls(builder.sslContext);
        this.proxies = builder.proxies;
        this.group = new MultiThreadIoEventLoopGroup(builder.threads, daemonThreads(), NioIoHandler.newFactory());
        this.lookups = new ThreadPoolExecutor(LOOKUP_THREADS, LOOKUP_THREADS, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                task -> daemon(new Thread(task, "twitchkit-netty-dns-" + LOOKUP_THREAD_NUMBERS.incrementAndGet())));
        lookups.allowCoreThreadTimeOut(true);
        this.resolver = new OffLoopResolver(lookups, builder.hostLookup);
        this.proxyCredentials = builder.proxyCredentials;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .resolver(resolver)
                .option(ChannelOption.TCP_NODELAY, true)
                // The handler's own timer bounds connect, proxy, TLS and upgrade together; Netty's connect timer
                // would stay referenced by every channel after its connect.
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 0)
                // Netty 4.2's shared default: the adaptive allocator on direct memory, unless the JVM chose another
                // with -Dio.netty.allocator.type. Read buffers are taken per read and given back once decoded, so an
                // idle channel holds none; pooled and adaptive measured alike on the heap (within 0.3 KiB per idle
                // connection), adaptive with the smaller resident set.
                .option(ChannelOption.ALLOCATOR, ByteBufAllocator.DEFAULT);
    }

    /** A transport with the defaults: {@link Builder#threads} threads, the JDK's trust, the JVM's proxies. */
    public static NettyWebSocketTransport create() {
        return builder().build();
    }

    /** A builder for a transport with its own threads, trust or proxy. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Duration connectTimeout, int maxMessageChars,
                                                          WebSocketListener listener) {
        try {
            WebSocketTransport.checkConnect(uri, connectTimeout, maxMessageChars, listener);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        try {
            return open(Endpoint.of(uri), connectTimeout, frameLimit(maxMessageChars), listener);
        } catch (RuntimeException e) { // a URI without a host, or the transport is closed
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<WebSocketConnection> open(Endpoint endpoint, Duration connectTimeout, int frameLimit,
                                                        WebSocketListener listener) {
        if (closed.get()) {
            throw new IllegalStateException("the transport is closed");
        }
        Optional<InetSocketAddress> proxy = proxies.proxyFor(endpoint);
        if (proxy.isEmpty()) {
            return start(endpoint, Optional.empty(), connectTimeout, frameLimit, listener);
        }
        // The channel connects to the proxy by address: a proxy's host name is looked up first, off the loops.
        CompletableFuture<WebSocketConnection> opened = new CompletableFuture<>();
        resolver.resolve(proxy.get()).whenComplete((address, lookupFailed) -> {
            if (lookupFailed != null) {
                opened.completeExceptionally(lookupFailed);
                return;
            }
            try {
                start(endpoint, Optional.of(address), connectTimeout, frameLimit, listener)
                        .whenComplete((connection, failed) -> {
                            if (failed != null) {
                                opened.completeExceptionally(failed);
                            } else {
                                opened.complete(connection);
                            }
                        });
            } catch (RuntimeException e) { // e.g. no TLS context for wss://, as on the direct path
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    /** Connects the channel, through {@code proxy} (resolved) if present, and upgrades it. */
    private CompletableFuture<WebSocketConnection> start(Endpoint endpoint, Optional<InetSocketAddress> proxy,
                                                         Duration connectTimeout, int frameLimit,
                                                         WebSocketListener listener) {
        ConnectionHandler handler = new ConnectionHandler(new ClientHandshaker(endpoint.uri(), frameLimit),
                connectTimeout, listener);
        Bootstrap b = bootstrap.clone()
                .handler(new ChannelSetup(endpoint, proxy, proxyCredentials, endpoint.tls() ? tls.get() : null,
                        connectTimeout, handler));
        if (proxy.isPresent()) {
            b.resolver(NoopAddressResolverGroup.INSTANCE); // the proxy resolves the target's host name
        }
        ChannelFuture connected = b.connect(endpoint.unresolved());
        connected.addListener(f -> {
            if (!f.isSuccess()) {
                handler.failHandshake(f.cause());
            }
        });
        return handler.opened();
    }

    /** The longest frame accepted: the most the cap's characters take in UTF-8, within an int. */
    static int frameLimit(int maxMessageChars) {
        return (int) Math.min(Integer.MAX_VALUE, WebSocketTransport.maxUtf8Bytes(maxMessageChars));
    }

    @Override
    public String name() {
        return "netty";
    }

    /**
     * Shuts the event-loop threads down, which drops every open connection (their listeners hear
     * {@code onError}); waits a few seconds for that unless called on one of those threads. A second call does
     * nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        lookups.shutdownNow(); // a connect still resolving fails with RejectedExecutionException
        var terminated = group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        if (!isOwnThread()) { // an event loop cannot wait for its own end
            terminated.awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private boolean isOwnThread() {
        for (var executor : group) {
            if (executor.inEventLoop()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "NettyWebSocketTransport[" + proxies + "]";
    }

    private static ThreadFactory daemonThreads() {
        return task -> daemon(new FastThreadLocalThread(task, "twitchkit-netty-" + THREAD_NUMBERS.incrementAndGet()));
    }

    private static Thread daemon(Thread thread) {
        thread.setDaemon(true);
        return thread;
    }

    /**
     * The TLS context, made at the first {@code wss://} connect: the JDK's default one loads the trust store, a
     * cost a transport used only for {@code ws://} (tests against the mock) need not pay.
     */
    private static final class LazyTls {
        private final SSLContext given;
        private volatile SslContext context;

        LazyTls(SSLContext given) {
            this.given = given;
        }

        SslContext get() {
            SslContext c = context;
            if (c == null) {
                synchronized (this) {
                    c = context;
                    if (c == null) {
                        c = new JdkSslContext(given != null ? given : jdkDefault(), true, ClientAuth.NONE);
                        context = c;
                    }
                }
            }
            return c;
        }

        private static SSLContext jdkDefault() {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no default TLS context", e);
            }
        }
    }

    /** Options of a {@link NettyWebSocketTransport}; each has a default. */
    public static final class Builder {
        private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        private SSLContext sslContext;
        private ProxyChoice proxies = ProxyChoice.selectedBy(null);
        private OffLoopResolver.HostLookup hostLookup = InetAddress::getAllByName;
        private ProxyCredentials proxyCredentials;

        private Builder() {
        }

        /** For tests: the blocking lookup of a host name's addresses, instead of the JDK's. */
        Builder hostLookup(OffLoopResolver.HostLookup lookup) {
            this.hostLookup = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * How many event-loop threads all connections share (default: 2, or 1 on a single core). One thread reads
         * thousands of idle EventSub sockets; more only help when the listeners' work per message is heavy.
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The TLS context for {@code wss://} (a corporate CA, a test certificate) instead of the JDK's default;
         * host names are verified whichever it is.
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** Every connection tunnels through the HTTP proxy at {@code proxy} (CONNECT), whatever the URI. */
        public Builder proxy(InetSocketAddress proxy) {
            this.proxies = ProxyChoice.fixed(Objects.requireNonNull(proxy, "proxy"));
            return this;
        }

        /**
         * Each connection tunnels through the HTTP proxy {@code selector} picks for its URI (asked with http:// for
         * ws:// and https:// for wss://), or connects directly; the default is the JVM's
         * {@link ProxySelector#getDefault()} at each connect.
         */
        public Builder proxySelector(ProxySelector selector) {
            this.proxies = ProxyChoice.selectedBy(Objects.requireNonNull(selector, "selector"));
            return this;
        }

        /**
         * The user name and password the HTTP proxy asks for, sent with every CONNECT (Basic); whichever proxy
         * {@link #proxy} or the selector names. Kept out of logs and {@code toString}.
         */
        public Builder proxyCredentials(String username, String password) {
            this.proxyCredentials = new ProxyCredentials(username, password);
            return this;
        }

        /** The transport; its threads start with its first connection. */
        public NettyWebSocketTransport build() {
            return new NettyWebSocketTransport(this);
        }
    }
}
