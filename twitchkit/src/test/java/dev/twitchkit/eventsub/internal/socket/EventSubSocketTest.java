package dev.twitchkit.eventsub.internal.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.transport.JdkWebSocketTransport;
import dev.twitchkit.transport.RecordingListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.net.ServerSocket;
import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The socket over a real WebSocket: messages sent in fragments reach the listener whole, once each, in order; a
 * message past the cap ends the socket while it arrives; a large message's buffer is not kept; a close, a drop, a
 * refused connection and a pong reach the listener. The contract every {@link WebSocketTransport} must keep: the
 * transport modules run these tests on theirs by overriding {@link #transport()}.
 */
public class EventSubSocketTest {
    private Server server;
    private final List<WebSocketTransport> transports = new CopyOnWriteArrayList<>();
    private EventSubSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> ends = new CopyOnWriteArrayList<>();
    private final SocketListener listener = new SocketListener() {
        @Override
        public void onText(EventSubSocket socket, byte[] utf8) {
            received.add(new String(utf8, StandardCharsets.UTF_8));
        }

        @Override
        public void onClosed(EventSubSocket socket, int code, String reason) {
            ends.add("closed " + code + " " + reason);
        }

        @Override
        public void onFailure(EventSubSocket socket, Throwable error) {
            ends.add("failed " + error);
        }

        @Override
        public void onPong(EventSubSocket socket) {
            pongs.incrementAndGet();
        }
    };
    private final AtomicInteger pongs = new AtomicInteger();

    /** The transport under test; a transport module's subclass returns its own. */
    protected WebSocketTransport newTransport() {
        return JdkWebSocketTransport.using(HttpClient.newHttpClient());
    }

    /**
     * The transport under test, trusting what {@code trust} trusts instead of the JDK's trust store (there the
     * default), with host names still verified.
     */
    protected WebSocketTransport newTransport(SSLContext trust) {
        return JdkWebSocketTransport.using(HttpClient.newBuilder().sslContext(trust).build());
    }

    private WebSocketTransport transport() {
        return owned(newTransport());
    }

    private WebSocketTransport owned(WebSocketTransport t) {
        transports.add(t);
        return t;
    }

    /** A server that sends each of {@code messages} split into {@code parts} continuation frames. */
    private URI serve(List<String> messages, int parts) throws Exception {
        return serve(() -> new FragmentingSender(messages, parts));
    }

    /** A server that talks to each connection with a new {@code endpoint}. */
    private URI serve(Supplier<Session.Listener> endpoint) throws Exception {
        return serve(endpoint, false);
    }

    /** A server that talks to each connection with a new {@code endpoint}, over TLS if asked. */
    private URI serve(Supplier<Session.Listener> endpoint, boolean tls) throws Exception {
        server = new Server();
        ServerConnector connector;
        if (tls) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(SelfSignedTls.keyStore().toString());
            ssl.setKeyStorePassword(SelfSignedTls.PASSWORD);
            connector = new ServerConnector(server, ssl);
        } else {
            connector = new ServerConnector(server);
        }
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, container ->
                container.addMapping("/ws", (request, response, callback) -> endpoint.get()));
        server.setHandler(ws);
        server.start();
        return URI.create((tls ? "wss://localhost:" : "ws://127.0.0.1:") + connector.getLocalPort() + "/ws");
    }

    /** Public: Jetty calls its methods through method handles. */
    public static final class FragmentingSender implements Session.Listener.AutoDemanding {
        private final List<String> messages;
        private final int parts;

        FragmentingSender(List<String> messages, int parts) {
            this.messages = messages;
            this.parts = parts;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            // Off Jetty's thread: each write below waits for the one before it.
            new Thread(() -> sendAll(session, messages, parts), "fragment-sender").start();
        }
    }

    private static void sendAll(Session session, List<String> messages, int parts) {
        try {
            sendEach(session, messages, parts);
        } catch (RuntimeException e) {
            if (!session.isOpen()
                    || e instanceof CompletionException && e.getCause() instanceof ClosedChannelException) {
                return; // the client ended the socket (a message past its cap): the rest is not wanted
            }
            e.printStackTrace();
            throw e;
        }
    }

    private static void sendEach(Session session, List<String> messages, int parts) {
        for (String message : messages) {
            int step = Math.max(1, message.length() / parts);
            for (int from = 0; from < message.length(); from += step) {
                int to = Math.min(message.length(), from + step);
                sendPart(session, message.substring(from, to), to == message.length());
            }
        }
    }

    /** One frame at a time: Jetty allows a single outstanding partial write. */
    private static void sendPart(Session session, String part, boolean last) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        session.sendPartialText(part, last, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
        sent.join();
    }

    /**
     * Sends one text message that never ends, in 64 Ki-character frames, until the connection is gone or
     * {@link #LIMIT} characters are out; notes how much it sent and the close code it got. Public for Jetty.
     */
    public static final class EndlessSender implements Session.Listener.AutoDemanding {
        static final long LIMIT = 64L << 20;
        final CompletableFuture<Long> stoppedAfter = new CompletableFuture<>();
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

        @Override
        public void onWebSocketOpen(Session session) {
            new Thread(() -> {
                String frame = "x".repeat(64 * 1024);
                long sent = 0;
                try {
                    while (sent < LIMIT) {
                        sendPart(session, frame, false);
                        sent += frame.length();
                    }
                } catch (RuntimeException e) {
                    // the client went away: what this test waits for
                }
                stoppedAfter.complete(sent);
            }, "endless-sender").start();
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            closeCode.complete(statusCode);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (socket != null) {
            socket.abort();
        }
        if (server != null) {
            server.stop();
        }
        transports.forEach(WebSocketTransport::close);
    }

    /** A server that does {@code onOpen} with each connection and keeps reading. */
    private URI serveOpen(Consumer<Session> onOpen) throws Exception {
        return serve(() -> new Peer(onOpen));
    }

    /** A peer that runs a step when a connection opens and notes the close code it got. Public for Jetty. */
    public static final class Peer implements Session.Listener.AutoDemanding {
        private final Consumer<Session> onOpen;
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

        Peer(Consumer<Session> onOpen) {
            this.onOpen = onOpen;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            onOpen.accept(session);
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            closeCode.complete(statusCode);
        }
    }

    @Test
    void thePeersCloseCodeAndReasonReachTheListener() throws Exception {
        URI uri = serveOpen(session -> {
            session.sendText("{\"hello\":1}", Callback.NOOP);
            session.close(4003, "connection unused", Callback.NOOP);
        });
        socket = EventSubSocket.connect(transport(), uri, Duration.ofSeconds(5), listener);

        await().atMost(Duration.ofSeconds(5)).until(() -> !ends.isEmpty());
        assertThat(received).containsExactly("{\"hello\":1}");
        assertThat(ends).containsExactly("closed 4003 connection unused");
    }

    @Test
    void wssWorksWithATrustedCertificateAndIsRefusedWithAnUntrustedOne() throws Exception {
        URI uri = serve(() -> new Peer(session -> session.sendText("{\"tls\":true}", Callback.NOOP)), true);
        socket = EventSubSocket.connect(owned(newTransport(SelfSignedTls.trustingClientContext())), uri,
                Duration.ofSeconds(5), listener);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1 || !ends.isEmpty());
        assertThat(received).containsExactly("{\"tls\":true}");
        socket.abort();
        assertThat(ends).isEmpty(); // an aborted socket tells its listener nothing more

        // The default trust (the JDK's store) does not know the self-signed certificate: the handshake fails.
        socket = EventSubSocket.connect(transport(), uri, Duration.ofSeconds(5), listener);
        await().atMost(Duration.ofSeconds(10)).until(() -> !ends.isEmpty());
        assertThat(ends).singleElement().asString().startsWith("failed");
        assertThat(received).hasSize(1);
    }

    @Test
    void aPingIsAnsweredWithAPong() throws Exception {
        URI uri = serveOpen(session -> session.sendText("{}", Callback.NOOP));
        socket = EventSubSocket.connect(transport(), uri, Duration.ofSeconds(5), listener);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);

        socket.ping().get(5, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(5)).until(() -> pongs.get() == 1);
        assertThat(ends).isEmpty();
    }

    /**
     * Whether the transport reports every connection the peer dropped by itself. The JDK's client does not always
     * (it can miss a drop that comes right after a frame): there a ping must fail instead, which is how the
     * engine's liveness probe notices.
     */
    protected boolean reportsEveryDrop() {
        return false;
    }

    private boolean pingFails() {
        try {
            socket.ping().get(1, TimeUnit.SECONDS);
            return false;
        } catch (Exception failed) {
            return true;
        }
    }

    @Test
    void aConnectionThePeerDropsEndsTheSocketOnce() throws Exception {
        URI uri = serveOpen(session -> {
            session.sendText("{}", Callback.NOOP);
            session.disconnect();
        });
        socket = EventSubSocket.connect(transport(), uri, Duration.ofSeconds(5), listener);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1 || !ends.isEmpty());

        if (!reportsEveryDrop()) {
            try {
                await().atMost(Duration.ofSeconds(2)).until(() -> !ends.isEmpty());
            } catch (ConditionTimeoutException unnoticed) {
                // The first write may still go out (the peer answers it with a reset); a later one fails.
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                        .until(() -> !ends.isEmpty() || pingFails());
                assertThat(pongs).hasValue(0);
                return;
            }
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !ends.isEmpty());
        assertThat(ends).hasSize(1);
        assertThat(ends.get(0)).satisfiesAnyOf(
                end -> assertThat(end).startsWith("failed"),
                end -> assertThat(end).startsWith("closed 1006"));
    }

    @Test
    void aConnectionNobodyAnswersFailsTheSocket() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        socket = EventSubSocket.connect(transport(), URI.create("ws://127.0.0.1:" + port + "/ws"),
                Duration.ofSeconds(5), listener);

        await().atMost(Duration.ofSeconds(10)).until(() -> !ends.isEmpty());
        assertThat(ends).singleElement().asString().startsWith("failed");
        assertThat(socket.opened()).isCompletedExceptionally();
    }

    @Test
    void closingSendsANormalClosure() throws Exception {
        Peer peer = new Peer(session -> session.sendText("{}", Callback.NOOP));
        socket = EventSubSocket.connect(transport(), serve(() -> peer), Duration.ofSeconds(5), listener);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        socket.opened().get(5, TimeUnit.SECONDS);

        socket.close();

        assertThat(peer.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
        await().atMost(Duration.ofSeconds(5)).until(() -> !ends.isEmpty());
        assertThat(ends).hasSize(1);
    }

    @Test
    void badConnectArgumentsThrowWhenNullAndFailTheFutureOtherwise() {
        WebSocketTransport t = transport();
        RecordingListener nobody = new RecordingListener();
        URI ws = URI.create("ws://127.0.0.1:1/ws");
        Duration timeout = Duration.ofSeconds(5);

        assertThatThrownBy(() -> t.connect(null, timeout, 100, nobody)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> t.connect(ws, null, 100, nobody)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> t.connect(ws, timeout, 100, null)).isInstanceOf(NullPointerException.class);
        for (CompletableFuture<?> refused : List.of(
                t.connect(URI.create("http://127.0.0.1:1/ws"), timeout, 100, nobody),
                t.connect(ws, Duration.ZERO, 100, nobody),
                t.connect(ws, timeout, 0, nobody))) {
            assertThat(refused).failsWithin(timeout).withThrowableThat()
                    .withCauseInstanceOf(IllegalArgumentException.class);
        }
        assertThat(nobody.calls).isEmpty();
    }

    @Test
    void fragmentedMessagesArriveWholeAndInOrder() throws Exception {
        List<String> sent = List.of("{\"a\":\"" + "x".repeat(5000) + "\"}", "{\"b\":\"é€😀 ünïcode\"}",
                "{\"c\":" + "1".repeat(70_000) + "}", "{}");
        socket = EventSubSocket.connect(transport(), serve(sent, 7), Duration.ofSeconds(5), listener);

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= sent.size() || !ends.isEmpty());
        assertThat(ends).isEmpty();
        assertThat(received).containsExactlyElementsOf(sent);
    }

    @Test
    void aMessageThatNeverEndsIsRefusedAtTheCapWhileItArrives() throws Exception {
        EndlessSender peer = new EndlessSender();
        socket = EventSubSocket.connect(transport(), serve(() -> peer), Duration.ofSeconds(5), listener);

        await().atMost(Duration.ofSeconds(20)).until(() -> !ends.isEmpty());
        assertThat(ends).singleElement().asString().startsWith("failed java.net.ProtocolException")
                .contains("longer than " + EventSubSocket.DEFAULT_MAX_MESSAGE_CHARS + " characters");
        assertThat(received).isEmpty();
        // The peer is cut off near the cap (plus what the sockets' buffers held), far from its 64 Mi limit.
        long sent = peer.stoppedAfter.get(20, TimeUnit.SECONDS);
        assertThat(sent).isLessThan(16L << 20);
        // Its connection ended. (Jetty reports 1006, not the 1009 sent before it: the client drops the connection
        // with the peer's frames unread, which resets it.)
        assertThat(peer.closeCode).succeedsWithin(Duration.ofSeconds(20));
    }

    @Test
    void aMessageOfExactlyTheCapIsDeliveredAndOneCharacterMoreIsNot() throws Exception {
        int cap = 64 * 1024;
        String atCap = "a".repeat(cap);
        URI uri = serve(List.of(atCap, "b".repeat(cap + 1), "{}"), 7);
        socket = EventSubSocket.connect(transport(), uri, Duration.ofSeconds(5), cap, listener, Runnable::run);

        await().atMost(Duration.ofSeconds(5)).until(() -> !ends.isEmpty());
        assertThat(received).containsExactly(atCap);
        assertThat(ends).singleElement().asString().contains("longer than 65536 characters");
    }

    @Test
    void theJoiningBufferGoesBackToItsSmallSizeAfterALargeMessage() throws Exception {
        String large = "z".repeat(20_000_000);
        URI uri = serve(List.of(large, "{}"), 20);
        socket = EventSubSocket.connect(transport(), uri, Duration.ofSeconds(5), 32 << 20, listener, Runnable::run);

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 2 || !ends.isEmpty());
        assertThat(ends).isEmpty();
        assertThat(received.get(0)).hasSize(large.length());
        assertThat(socket.joiningCapacity()).isLessThanOrEqualTo(MessageJoiner.RETAINED_CAPACITY);
    }
}
