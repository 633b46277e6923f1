package dev.twitchkit.eventsub.internal.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A transport that breaks the one-form-a-message rule ends the socket with 1011, once, and nothing is delivered. */
class MixedPiecesTest {
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private WebSocketListener engine;

    private final WebSocketTransport transport = new WebSocketTransport() {
        @Override
        public CompletableFuture<WebSocketConnection> connect(URI uri, Duration timeout, int maxMessageChars,
                                                              WebSocketListener listener) {
            engine = listener;
            WebSocketConnection connection = new WebSocketConnection() {
                @Override
                public CompletableFuture<Void> ping() {
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public CompletableFuture<Void> close(int code, String reason) {
                    sent.add("close " + code + " " + reason);
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public void abort() {
                    sent.add("abort");
                }
            };
            listener.onOpen(connection);
            return CompletableFuture.completedFuture(connection);
        }

        @Override
        public String name() {
            return "stub";
        }

        @Override
        public void close() {
        }
    };

    private final SocketListener listener = new SocketListener() {
        @Override
        public void onText(EventSubSocket socket, byte[] utf8) {
            heard.add("text " + new String(utf8, StandardCharsets.UTF_8));
        }

        @Override
        public void onClosed(EventSubSocket socket, int code, String reason) {
            heard.add("closed " + code);
        }

        @Override
        public void onFailure(EventSubSocket socket, Throwable error) {
            heard.add("failed " + error);
        }
    };

    @Test
    void bytesThenCharactersInOneMessageEndTheSocketWith1011() {
        EventSubSocket.connect(transport, URI.create("ws://127.0.0.1:1/ws"), Duration.ofSeconds(1), 1000, listener,
                Runnable::run);
        engine.onText(ByteBuffer.wrap("{\"a\":".getBytes(StandardCharsets.UTF_8)), true);
        engine.onText(ByteBuffer.wrap("{\"b\":".getBytes(StandardCharsets.UTF_8)), false);
        engine.onText("1}", true);
        engine.onText("{\"c\":2}", true); // ignored: the socket is refused
        engine.onClose(1011, "internal error");

        assertThat(heard).containsExactly("text {\"a\":",
                "failed java.lang.IllegalStateException: the transport handed one text message over partly as UTF-8 "
                        + "bytes and partly as characters; closed with 1011 (internal error)");
        assertThat(sent).containsExactly("close 1011 internal error", "abort");
    }
}
