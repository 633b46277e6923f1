package dev.twitchkit.helix;

import dev.twitchkit.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A bare EventSub WebSocket to the mock that waits for its welcome: enough to own a session id in tests. */
final class WelcomedSocket implements AutoCloseable {
    private final WebSocket socket;
    private final String sessionId;

    private WelcomedSocket(WebSocket socket, String sessionId) {
        this.socket = socket;
        this.sessionId = sessionId;
    }

    static WelcomedSocket connect(URI uri) throws Exception {
        CompletableFuture<String> welcome = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            var message = Json.mapper().readTree(text.toString());
                            text.setLength(0);
                            if ("session_welcome".equals(message.path("metadata").path("message_type").asString(""))) {
                                welcome.complete(message.path("payload").path("session").path("id").asString());
                            }
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        return new WelcomedSocket(socket, welcome.get(5, TimeUnit.SECONDS));
    }

    String sessionId() {
        return sessionId;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
