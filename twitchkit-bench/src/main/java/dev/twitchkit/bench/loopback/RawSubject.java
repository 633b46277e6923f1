package dev.twitchkit.bench.loopback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a library: a bare JDK WebSocket that subscribes like a client and then only cuts the message text out of
 * each frame with {@code indexOf}, no JSON parsing. Its figures are the ceiling of the harness itself (the mock
 * and the loopback on the same two cores), against which the libraries' figures are read.
 */
final class RawSubject implements Subject {
    private final Endpoints endpoints;
    private final ChatSink sink;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WebSocket> sockets = new ArrayList<>();

    RawSubject(Endpoints endpoints, ChatSink sink) {
        this.endpoints = endpoints;
        this.sink = sink;
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public void connect(Account account, List<String> broadcasterIds) throws Exception {
        CompletableFuture<String> welcome = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(endpoints.webSocket(), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String frame = partial.toString();
                    partial.setLength(0);
                    if (!welcome.isDone()) {
                        welcome.complete(JsonMapper.builder().build().readTree(frame)
                                .path("payload").path("session").path("id").asString());
                    } else {
                        int start = frame.indexOf("\"text\":\"");
                        if (start >= 0 && frame.contains("\"notification\"")) {
                            start += 8;
                            sink.chat(frame.substring(start, frame.indexOf('"', start)));
                        }
                    }
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        sockets.add(socket);
        String sessionId = welcome.get(10, TimeUnit.SECONDS);
        for (String broadcaster : broadcasterIds) {
            String body = "{\"type\":\"channel.chat.message\",\"version\":\"1\",\"condition\":{\"broadcaster_user_id\":\""
                    + broadcaster + "\",\"user_id\":\"" + account.id() + "\"},\"transport\":{\"method\":\"websocket\","
                    + "\"session_id\":\"" + sessionId + "\"}}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(endpoints.helix() + "/eventsub/subscriptions"))
                    .header("Authorization", "Bearer " + account.accessToken())
                    .header("Client-Id", endpoints.clientId())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("subscription refused: " + response.statusCode());
            }
        }
    }

    @Override
    public long dropped() {
        return 0;
    }

    @Override
    public void close() {
        sockets.forEach(WebSocket::abort);
    }
}
