package dev.twitchkit.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.transport.ConnectProxy;
import dev.twitchkit.transport.ProxyCredentials;
import dev.twitchkit.transport.RecordingListener;
import dev.twitchkit.transport.WebSocketConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the contract test does not cover: the HTTP proxy tunnel (fixed and chosen by a selector, with credentials, a
 * proxy given by name), host-name lookups off the event loop, the threads the listener is called on, the connect timeout covering a stalled upgrade, refused upgrades and bad URIs, and closing
 * the transport.
 */
class NettyWebSocketTransportTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int CAP = 1 << 20;
    private MockTwitch twitch;
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
        twitch.close();
    }

    private <T extends AutoCloseable> T closedAfter(T resource) {
        closeAfter.add(resource);
        return resource;
    }

    private URI eventSub() {
        return twitch.urls().eventSubWebSocket();
    }

    /** Connects and waits for the mock's welcome, the first message of every EventSub socket. */
    private RecordingListener welcomed(NettyWebSocketTransport transport) throws Exception {
        RecordingListener listener = new RecordingListener();
        transport.connect(eventSub(), TIMEOUT, CAP, listener).get(10, TimeUnit.SECONDS);
        await().atMost(TIMEOUT).until(() -> listener.calls.size() >= 2);
        assertThat(listener.calls.get(0)).isEqualTo("open");
        assertThat(listener.calls.get(1)).startsWith("text ").contains("session_welcome");
        return listener;
    }

    @Test
    void aFixedProxyTunnelsTheConnection() throws Exception {
        ConnectProxy proxy = closedAfter(new ConnectProxy());
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder()
                .proxy(proxy.address()).build());

        welcomed(transport);

        assertThat(proxy.tunnels()).containsExactly(eventSub().getHost() + ":" + eventSub().getPort());
    }

    @Test
    void aProxyThatAsksForCredentialsGetsThemAndTheyStayOutOfToString() throws Exception {
        ConnectProxy proxy = closedAfter(new ConnectProxy("bot", "s3cret-pass"));
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder()
                .proxy(proxy.address()).proxyCredentials("bot", "s3cret-pass").build());

        welcomed(transport);

        assertThat(proxy.tunnels()).hasSize(1);
        assertThat(proxy.refused()).isZero();
        assertThat(transport.toString()).doesNotContain("s3cret-pass");
        assertThat(new ProxyCredentials("bot", "s3cret-pass").toString()).doesNotContain("s3cret-pass");
    }

    @Test
    void aProxyThatRefusesTheCredentialsFailsTheFutureWithoutNamingThePassword() throws Exception {
        ConnectProxy proxy = closedAfter(new ConnectProxy("bot", "right"));
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder()
                .proxy(proxy.address()).proxyCredentials("bot", "wrong-pass").build());
        RecordingListener listener = new RecordingListener();

        assertThat(transport.connect(eventSub(), TIMEOUT, CAP, listener)).failsWithin(TIMEOUT)
                .withThrowableThat().withMessageContaining("407").withMessageNotContaining("wrong-pass");
        assertThat(proxy.refused()).isEqualTo(1);
        assertThat(proxy.tunnels()).isEmpty();
        assertThat(listener.calls).isEmpty();
        assertThatThrownBy(() -> NettyWebSocketTransport.builder().proxyCredentials("a:b", "c"))
                .hasMessageContaining("cannot contain ':'");
    }

    @Test
    void aProxyGivenByNameIsLookedUpOffTheEventLoop() throws Exception {
        ConnectProxy proxy = closedAfter(new ConnectProxy());
        List<String> lookedUp = new CopyOnWriteArrayList<>();
        List<String> lookupThreads = new CopyOnWriteArrayList<>();
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder()
                .proxy(InetSocketAddress.createUnresolved("proxy.example", proxy.address().getPort()))
                .hostLookup(host -> {
                    lookedUp.add(host);
                    lookupThreads.add(Thread.currentThread().getName());
                    return new InetAddress[] {InetAddress.getLoopbackAddress()};
                }).build());

        welcomed(transport);

        assertThat(lookedUp).containsExactly("proxy.example");
        assertThat(lookupThreads).allMatch(name -> name.matches("twitchkit-netty-dns-\\d+"));
        assertThat(proxy.tunnels()).containsExactly(eventSub().getHost() + ":" + eventSub().getPort());
    }

    @Test
    void theProxyASelectorPicksForTheUriTunnelsTheConnection() throws Exception {
        ConnectProxy proxy = closedAfter(new ConnectProxy());
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector selector = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(new Proxy(Proxy.Type.HTTP, proxy.address()));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        };
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder()
                .proxySelector(selector).build());

        welcomed(transport);

        assertThat(asked).containsExactly(URI.create("http://" + eventSub().getRawAuthority()));
        assertThat(proxy.tunnels()).hasSize(1);
    }

    @Test
    void theListenerIsCalledOnTheTransportsNamedDaemonThreads() throws Exception {
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder().threads(1).build());

        RecordingListener first = welcomed(transport);
        RecordingListener second = welcomed(transport);

        List<Thread> threads = new ArrayList<>(first.threads);
        threads.addAll(second.threads);
        assertThat(threads).allSatisfy(t -> {
            assertThat(t.getName()).matches("twitchkit-netty-\\d+");
            assertThat(t.isDaemon()).isTrue();
        });
        assertThat(threads.stream().distinct()).as("one thread serves both connections").hasSize(1);
    }

    @Test
    void aSlowHostLookupHoldsUpNoSocketOnTheEventLoop() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> lookedUp = new CopyOnWriteArrayList<>();
        List<Thread> lookupThreads = new CopyOnWriteArrayList<>();
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder().threads(1)
                .hostLookup(host -> {
                    lookedUp.add(host);
                    lookupThreads.add(Thread.currentThread());
                    awaitQuietly(release); // a DNS server that takes its time
                    return new InetAddress[] {InetAddress.getLoopbackAddress()};
                }).build());
        RecordingListener reading = welcomed(transport); // 127.0.0.1: a literal, no lookup
        RecordingListener slow = new RecordingListener();

        CompletableFuture<WebSocketConnection> opening = transport.connect(
                URI.create("ws://twitch.example:" + eventSub().getPort() + eventSub().getRawPath()), TIMEOUT, CAP,
                slow);
        await().atMost(TIMEOUT).until(() -> !lookupThreads.isEmpty());
        twitch.latestSession().orElseThrow().sendRaw("{\"while\":\"looking up\"}");

        await().atMost(TIMEOUT).until(() -> reading.pieces().contains("{\"while\":\"looking up\"}|last"));
        assertThat(opening).isNotDone();
        assertThat(lookedUp).containsExactly("twitch.example");
        assertThat(lookupThreads.get(0).getName()).matches("twitchkit-netty-dns-\\d+");
        assertThat(lookupThreads.get(0).isDaemon()).isTrue();

        release.countDown();
        opening.get(10, TimeUnit.SECONDS);
        await().atMost(TIMEOUT).until(() -> slow.pieces().stream().anyMatch(p -> p.contains("session_welcome")));
    }

    @Test
    void aHostNameThatDoesNotResolveFailsTheFutureAndTheListenerHearsNothing() {
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.builder()
                .hostLookup(host -> {
                    throw new UnknownHostException(host + ": no such host");
                }).build());
        RecordingListener listener = new RecordingListener();

        assertThat(transport.connect(URI.create("ws://nowhere.example:80/ws"), TIMEOUT, CAP, listener))
                .failsWithin(TIMEOUT).withThrowableThat().havingRootCause()
                .isInstanceOf(UnknownHostException.class).withMessageContaining("nowhere.example");
        assertThat(listener.calls).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anUpgradeNobodyAnswersFailsAtTheConnectTimeoutAndTheListenerHearsNothing() throws Exception {
        ServerSocket silent = closedAfter(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                accepted.add(silent.accept()); // and never answers
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.create());
        RecordingListener listener = new RecordingListener();

        CompletableFuture<WebSocketConnection> opened = transport.connect(
                URI.create("ws://127.0.0.1:" + silent.getLocalPort() + "/ws"), Duration.ofMillis(300), CAP, listener);

        assertThatThrownBy(() -> opened.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(accepted).hasSize(1);
        assertThat(listener.calls).isEmpty();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void aRefusedUpgradeFailsTheFutureAndTheListenerHearsNothing() {
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.create());
        RecordingListener listener = new RecordingListener();
        URI notAWebSocket = twitch.urls().base().resolve("/no-websocket-here");

        CompletableFuture<WebSocketConnection> opened = transport.connect(
                URI.create(notAWebSocket.toString().replaceFirst("^http", "ws")), TIMEOUT, CAP, listener);

        assertThatThrownBy(() -> opened.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("404");
        assertThat(listener.calls).isEmpty();
    }

    @Test
    void badArgumentsFailTheFuture() {
        NettyWebSocketTransport transport = closedAfter(NettyWebSocketTransport.create());
        RecordingListener listener = new RecordingListener();

        assertThat(transport.connect(URI.create("http://example.com/"), TIMEOUT, CAP, listener))
                .failsWithin(TIMEOUT).withThrowableThat().withMessageContaining("not a ws:// or wss:// URI");
        assertThat(transport.connect(eventSub(), Duration.ZERO, CAP, listener))
                .failsWithin(TIMEOUT).withThrowableThat().withMessageContaining("connectTimeout must be positive");
        assertThat(transport.connect(eventSub(), TIMEOUT, 0, listener))
                .failsWithin(TIMEOUT).withThrowableThat().withMessageContaining("maxMessageChars must be positive");
        assertThatThrownBy(() -> NettyWebSocketTransport.builder().threads(0))
                .hasMessageContaining("threads must be at least 1");
        assertThat(listener.calls).isEmpty();
    }

    @Test
    void closingTheTransportDropsItsConnectionsOnceAndRefusesNewOnes() throws Exception {
        NettyWebSocketTransport transport = NettyWebSocketTransport.create();
        RecordingListener listener = welcomed(transport);

        transport.close();
        transport.close();

        await().atMost(TIMEOUT).until(listener::ended);
        assertThat(listener.calls.get(listener.calls.size() - 1)).startsWith("error");
        assertThat(listener.calls.stream().filter(c -> c.startsWith("error") || c.startsWith("close"))).hasSize(1);
        assertThat(transport.connect(eventSub(), TIMEOUT, CAP, new RecordingListener()))
                .failsWithin(TIMEOUT).withThrowableThat().withMessageContaining("the transport is closed");
    }

    @Test
    void theFrameLimitIsThreeBytesPerCharacterOfTheCap() {
        assertThat(NettyWebSocketTransport.frameLimit(1 << 20)).isEqualTo(3 << 20);
        assertThat(NettyWebSocketTransport.frameLimit(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }
}
