package dev.twitchkit.eventsub.internal.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The socket over a real WebSocket: messages sent in fragments reach the listener whole, once each, in order. */
class EventSubSocketTest {
    private Server server;

    /** A server that sends each of {@code messages} split into {@code parts} continuation frames. */
    private URI serve(List<String> messages, int parts) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, container ->
                container.addMapping("/ws", (request, response, callback) -> new FragmentingSender(messages, parts)));
        server.setHandler(ws);
        server.start();
        return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
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
            e.printStackTrace();
            throw e;
        }
    }

    private static void sendEach(Session session, List<String> messages, int parts) {
        for (String message : messages) {
            int step = Math.max(1, message.length() / parts);
            for (int from = 0; from < message.length(); from += step) {
                int to = Math.min(message.length(), from + step);
                java.util.concurrent.CompletableFuture<Void> sent = new java.util.concurrent.CompletableFuture<>();
                session.sendPartialText(message.substring(from, to), to == message.length(),
                        Callback.from(() -> sent.complete(null), sent::completeExceptionally));
                sent.join(); // one frame at a time: Jetty allows a single outstanding partial write
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void fragmentedMessagesArriveWholeAndInOrder() throws Exception {
        List<String> sent = List.of("{\"a\":\"" + "x".repeat(5000) + "\"}", "{\"b\":\"é€😀 ünïcode\"}",
                "{\"c\":" + "1".repeat(70_000) + "}", "{}");
        URI uri = serve(sent, 7);
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> ends = new CopyOnWriteArrayList<>();
        SocketListener listener = new SocketListener() {
            @Override
            public void onText(EventSubSocket socket, String text) {
                received.add(text);
            }

            @Override
            public void onClosed(EventSubSocket socket, int code, String reason) {
                ends.add("closed " + code + " " + reason);
            }

            @Override
            public void onFailure(EventSubSocket socket, Throwable error) {
                ends.add("failed " + error);
            }
        };
        EventSubSocket socket = EventSubSocket.connect(HttpClient.newHttpClient(), uri, Duration.ofSeconds(5),
                listener, java.util.concurrent.ForkJoinPool.commonPool());
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= sent.size() || !ends.isEmpty());
            assertThat(ends).isEmpty();
            assertThat(received).containsExactlyElementsOf(sent);
        } finally {
            socket.abort();
        }
    }
}
