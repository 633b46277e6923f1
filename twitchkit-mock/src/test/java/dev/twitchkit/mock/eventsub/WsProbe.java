package dev.twitchkit.mock.eventsub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK WebSocket client that records every text message and the close code it got. */
public final class WsProbe implements WebSocket.Listener, AutoCloseable {
    public static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    public final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    final WebSocket socket;

    private WsProbe(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, this).join();
    }

    public static WsProbe connect(URI uri) {
        return new WsProbe(uri);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            texts.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.complete(1006);
    }

    /** The next text frame as the mock sent it; fails after the timeout. */
    public String nextRaw(Duration timeout) {
        try {
            String text = texts.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (text == null) {
                throw new AssertionError("no message within " + timeout);
            }
            return text;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public String nextRaw() {
        return nextRaw(Duration.ofSeconds(5));
    }

    /** The next message as JSON; fails after the timeout. */
    public JsonNode next(Duration timeout) {
        return JSON.readTree(nextRaw(timeout));
    }

    public JsonNode next() {
        return next(Duration.ofSeconds(5));
    }

    /** The next message of a type, skipping keepalives. */
    public JsonNode nextOfType(String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode m = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            String t = m.path("metadata").path("message_type").asString();
            if (t.equals(type)) {
                return m;
            }
            if (!t.equals("session_keepalive")) {
                throw new AssertionError("expected " + type + " but got " + m);
            }
        }
        throw new AssertionError("no " + type + " within 5 s");
    }

    /** Reads the welcome and returns the session id. */
    public String welcomeSessionId() {
        JsonNode welcome = next();
        if (!welcome.path("metadata").path("message_type").asString().equals("session_welcome")) {
            throw new AssertionError("expected a welcome, got " + welcome);
        }
        return welcome.path("payload").path("session").path("id").asString();
    }

    public int awaitClose(Duration timeout) {
        return closeCode.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }
}
