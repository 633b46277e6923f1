package dev.twitchkit.transport.jetty;

import static dev.twitchkit.transport.jetty.RawWebSocketServer.CLOSE;
import static dev.twitchkit.transport.jetty.RawWebSocketServer.CONTINUATION;
import static dev.twitchkit.transport.jetty.RawWebSocketServer.PING;
import static dev.twitchkit.transport.jetty.RawWebSocketServer.PONG;
import static dev.twitchkit.transport.jetty.RawWebSocketServer.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.transport.ConnectProxy;
import dev.twitchkit.transport.RecordingListener;
import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.jetty.internal.JettySocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the socket contract test cannot show about the Jetty transport, against a byte-level server: how frames
 * become pieces, the frame limit, Jetty answering pings, the handshake timeout, proxies, its threads and close().
 */
class JettyWebSocketTransportTest {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private final RecordingListener listener = new RecordingListener();
    private JettyWebSocketTransport transport = JettyWebSocketTransport.create();
    private RawWebSocketServer server;

    @AfterEach
    void stop() throws IOException {
        transport.close();
        if (server != null) {
            server.close();
        }
        assertThat(listener.violations).isEmpty();
    }

    /** Connects with {@code maxMessageChars} and returns the server's side once the client is open. */
    private RawWebSocketServer.Peer open(int maxMessageChars) throws Exception {
        server = new RawWebSocketServer();
        CompletableFuture<WebSocketConnection> connected =
                transport.connect(server.uri(), CONNECT_TIMEOUT, maxMessageChars, listener);
        RawWebSocketServer.Peer peer = server.accept();
        connected.get(5, TimeUnit.SECONDS);
        return peer;
    }

    @Test
    void aMessageInOneFrameIsOnePieceAndCharactersSplitAcrossFramesAreDecoded() throws Exception {
        RawWebSocketServer.Peer peer = open(1 << 20);
        String large = "{\"a\":\"" + "x".repeat(20_000) + "\"}";
        peer.send(true, TEXT, large.getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = "é€😀".getBytes(StandardCharsets.UTF_8); // 2 + 3 + 4 bytes
        peer.send(false, TEXT, Arrays.copyOfRange(utf8, 0, 1));        // half of é
        peer.send(false, CONTINUATION, Arrays.copyOfRange(utf8, 1, 4)); // rest of é, 2 of € 's 3
        peer.send(true, CONTINUATION, Arrays.copyOfRange(utf8, 4, 9));  // rest of €, all of 😀

        await().atMost(Duration.ofSeconds(5)).until(() -> listener.pieces().size() >= 4);
        List<String> pieces = listener.pieces();
        assertThat(pieces.get(0)).isEqualTo(large + "|last");
        assertThat(pieces.subList(1, 4)).allSatisfy(p -> assertThat(p).doesNotContain("\uFFFD"));
        String joined = String.join("", pieces.subList(1, 4).stream().map(p -> p.substring(0, p.indexOf('|')))
                .toList());
        assertThat(joined).isEqualTo("é€😀");
        assertThat(pieces.get(3)).endsWith("|last");
        assertThat(pieces.subList(1, 3)).allSatisfy(p -> assertThat(p).endsWith("|more"));
    }

    @Test
    void aFrameOfThreeBytesACharacterIsReadAndOneByteMoreIsRefusedAtItsFirstByte() throws Exception {
        RawWebSocketServer.Peer peer = open(50);
        peer.send(true, TEXT, "y".repeat(150).getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.pieces().size() == 1);

        peer.sendHeader(true, TEXT, 151); // announced, but only its first byte comes: Jetty refuses it unbuffered
        peer.sendRaw(new byte[] {'z'});

        RawWebSocketServer.Frame close = peer.read();
        assertThat(close.opcode()).isEqualTo(CLOSE);
        assertThat(ByteBuffer.wrap(close.payload()).getShort()).isEqualTo((short) 1009);
        // Jetty stops reading a connection whose input it could not parse: it ends it without the peer's answer.
        await().atMost(Duration.ofSeconds(5)).until(listener::ended);
        assertThat(listener.pieces()).containsExactly("y".repeat(150) + "|last");
        assertThat(listener.calls).last().asString().startsWith("error");
        assertThat(listener.errors).singleElement().asString().contains("larger than 150");
    }

    @Test
    void aTinyCapStillLeavesRoomForControlFrames() {
        assertThat(JettySocket.maxFrameBytes(1)).isEqualTo(125);
        assertThat(JettySocket.maxFrameBytes(1 << 20)).isEqualTo(3L << 20);
    }

    @Test
    void jettyAnswersAPingItselfAndTheClientSendsNoDataFrame() throws Exception {
        RawWebSocketServer.Peer peer = open(1 << 20);
        peer.send(true, PING, "are you there".getBytes(StandardCharsets.UTF_8));

        RawWebSocketServer.Frame answer = peer.read();
        assertThat(answer.opcode()).isEqualTo(PONG);
        assertThat(answer.text()).isEqualTo("are you there");

        peer.send(true, CLOSE, new byte[] {0x0F, (byte) 0xA4}); // 4004, no reason
        assertThat(peer.read().opcode()).as("the client's answer to the close").isEqualTo(CLOSE);
        await().atMost(Duration.ofSeconds(5)).until(listener::ended);
        assertThat(listener.calls).containsExactly("open", "close 4004 "); // no reason: an empty one
    }

    @Test
    void thePeersPongToAPingReachesTheListener() throws Exception {
        server = new RawWebSocketServer();
        CompletableFuture<WebSocketConnection> connected =
                transport.connect(server.uri(), CONNECT_TIMEOUT, 1 << 20, listener);
        RawWebSocketServer.Peer peer = server.accept();
        WebSocketConnection connection = connected.get(5, TimeUnit.SECONDS);

        connection.ping().get(5, TimeUnit.SECONDS);
        RawWebSocketServer.Frame ping = peer.read();
        assertThat(ping.opcode()).isEqualTo(PING);
        peer.send(true, PONG, ping.payload());

        await().atMost(Duration.ofSeconds(5)).until(() -> listener.calls.contains("pong"));
        connection.abort();
        assertThat(peer.endsWithoutMoreFrames()).isTrue();
        assertThat(listener.calls).containsExactly("open", "pong"); // an aborted connection tells nothing more
    }

    @Test
    void aHandshakeWithoutAnAnswerFailsAfterTheConnectTimeoutAndTheListenerHearsNothing() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            URI uri = URI.create("ws://127.0.0.1:" + silent.getLocalPort() + "/ws");
            CompletableFuture<WebSocketConnection> connected =
                    transport.connect(uri, Duration.ofMillis(300), 1 << 20, listener);
            try (Socket accepted = silent.accept()) {
                assertThatThrownBy(() -> connected.get(5, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
            }
        }
        assertThat(listener.calls).isEmpty();
    }

    @Test
    void aGivenProxyTunnelsEachConnectionWithConnect() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy()) {
            transport.close();
            transport = JettyWebSocketTransport.builder().proxy(proxy.address()).build();

            RawWebSocketServer.Peer peer = open(1 << 20);
            peer.send(true, TEXT, "{\"via\":\"proxy\"}".getBytes(StandardCharsets.UTF_8));

            await().atMost(Duration.ofSeconds(5)).until(() -> listener.pieces().size() == 1);
            assertThat(listener.pieces()).containsExactly("{\"via\":\"proxy\"}|last");
            assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + server.port());
        }
    }

    @Test
    void aProxyThatAsksForCredentialsGetsThem() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy("bot", "s3cret-pass")) {
            transport.close();
            transport = JettyWebSocketTransport.builder().proxy(proxy.address())
                    .proxyCredentials("bot", "s3cret-pass").build();

            RawWebSocketServer.Peer peer = open(1 << 20);
            peer.send(true, TEXT, "{\"via\":\"proxy\"}".getBytes(StandardCharsets.UTF_8));

            await().atMost(Duration.ofSeconds(5)).until(() -> listener.pieces().size() == 1);
            assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + server.port());
            assertThat(proxy.refused()).isZero();
        }
    }

    @Test
    void aProxyThatRefusesTheCredentialsFailsTheFutureWithoutNamingThePassword() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy("bot", "right")) {
            transport.close();
            transport = JettyWebSocketTransport.builder().proxy(proxy.address())
                    .proxyCredentials("bot", "wrong-pass").build();
            server = new RawWebSocketServer();

            assertThat(transport.connect(server.uri(), CONNECT_TIMEOUT, 1 << 20, listener))
                    .failsWithin(Duration.ofSeconds(5)).withThrowableThat().withMessageContaining("407")
                    .withMessageNotContaining("wrong-pass");
            assertThat(proxy.refused()).isPositive();
            assertThat(proxy.tunnels()).isEmpty();
            assertThat(listener.calls).isEmpty();
        }
    }

    @Test
    void withoutAGivenProxyTheProxySelectorIsAskedWithTheHttpUri() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy()) {
            AtomicInteger asked = new AtomicInteger();
            ProxySelector selector = new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    asked.incrementAndGet();
                    assertThat(uri.getScheme()).isEqualTo("http");
                    return List.of(new Proxy(Proxy.Type.HTTP, proxy.address()));
                }

                @Override
                public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                }
            };
            transport.close();
            transport = JettyWebSocketTransport.builder().proxySelector(selector).build();

            RawWebSocketServer.Peer peer = open(1 << 20);
            peer.send(true, TEXT, "{}".getBytes(StandardCharsets.UTF_8));

            await().atMost(Duration.ofSeconds(5)).until(() -> listener.pieces().size() == 1);
            assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + server.port());
            assertThat(asked).hasPositiveValue();
        }
    }

    @Test
    void itsThreadsAreFewNamedAndDaemonAndCloseEndsThemDropsConnectionsAndIsIdempotent() throws Exception {
        RawWebSocketServer.Peer peer = open(1 << 20);
        List<Thread> threads = transportThreads();
        assertThat(threads).isNotEmpty().allMatch(Thread::isDaemon)
                .allSatisfy(t -> assertThat(t.getName()).matches("twitchkit-jetty-(\\d+|timer.*)"));
        assertThat(threads).filteredOn(t -> t.getName().matches("twitchkit-jetty-\\d+")).hasSizeLessThanOrEqualTo(3);
        assertThat(Thread.getAllStackTraces().keySet()).as("no pool of Jetty's own for the WebSocket client")
                .noneMatch(t -> t.getName().startsWith("WebSocket@"));

        transport.close();
        transport.close();

        assertThat(peer.opcodesUntilTheEnd()).as("at most a close frame, then the end").allMatch(op -> op == CLOSE);
        await().atMost(Duration.ofSeconds(10)).until(() -> transportThreads().isEmpty());
        CompletableFuture<WebSocketConnection> after = transport.connect(server.uri(), CONNECT_TIMEOUT, 10,
                new RecordingListener());
        assertThatThrownBy(after::join).hasCauseInstanceOf(IllegalStateException.class);
    }

    private static List<Thread> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("twitchkit-jetty-") && t.isAlive()).toList();
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        assertThatThrownBy(() -> JettyWebSocketTransport.builder().threads(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> JettyWebSocketTransport.builder().proxy(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JettyWebSocketTransport.builder().sslContext(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(transport.connect(URI.create("http://example.com/"), CONNECT_TIMEOUT, 10, listener)::join)
                .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a ws:// or wss://");
        assertThatThrownBy(transport.connect(URI.create("ws://example.com/"), CONNECT_TIMEOUT, 0, listener)::join)
                .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMessageChars");
        assertThatThrownBy(transport.connect(URI.create("ws://example.com/"), Duration.ZERO, 10, listener)::join)
                .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThat(transport.name()).isEqualTo("jetty");
        assertThat(listener.calls).isEmpty();
    }
}
