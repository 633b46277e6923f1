package dev.twitchkit.mock.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A JDK WebSocket client for the mock's tests: queues every text message and remembers the close code. */
public final class TestWebSocket implements WebSocket.Listener {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    public static TestWebSocket connect(URI uri) {
        TestWebSocket client = new TestWebSocket();
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, client).join();
        return client;
    }

    /** The next text frame, within 5 s. */
    public String nextRaw() throws InterruptedException {
        String message = messages.poll(5, TimeUnit.SECONDS);
        assertThat(message).as("a message within 5 s").isNotNull();
        return message;
    }

    /** The next message that is not a keepalive, as JSON. */
    public JsonNode next() throws InterruptedException {
        while (true) {
            JsonNode node = JSON.readTree(nextRaw());
            if (!"session_keepalive".equals(node.get("metadata").get("message_type").asString())) {
                return node;
            }
        }
    }

    /** The session id of the welcome, which must be the next message. */
    public String welcomeSessionId() throws InterruptedException {
        JsonNode welcome = next();
        assertThat(welcome.get("metadata").get("message_type").asString()).isEqualTo("session_welcome");
        return welcome.get("payload").get("session").get("id").asString();
    }

    /** The close code the server sent, within 5 s. */
    public int closeCode() throws Exception {
        return closeCode.get(5, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
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
        closeCode.completeExceptionally(error);
    }
}
