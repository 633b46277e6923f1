package dev.twitchkit.internal.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link Request}s with the JDK's {@link HttpClient} and reads bodies as UTF-8 text. Every request
 * carries the library's User-Agent and a timeout. Nothing here retries or looks at status codes: that is
 * the caller's policy.
 */
public final class Transport {
    /** Sent on every request so Twitch can tell this library's traffic apart. */
    public static final String USER_AGENT = "twitchkit/0.1 Java/" + Runtime.version().feature();

    private final HttpClient client;
    private final Duration timeout;

    public Transport(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public CompletableFuture<Response> send(Request request) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .method(request.method(), body);
        request.headers().forEach(builder::header);
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Response(r.statusCode(), r.headers(), r.body() == null ? "" : r.body()));
    }

    /** The underlying client, shared with other parts of the library (the WebSocket). */
    public HttpClient client() {
        return client;
    }
}
