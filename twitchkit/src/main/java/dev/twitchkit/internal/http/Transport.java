package dev.twitchkit.internal.http;

import dev.twitchkit.internal.Futures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString()).handle((r, error) -> {
            if (error != null) {
                throw new CompletionException(naming(request, Futures.unwrap(error)));
            }
            return new Response(r.statusCode(), r.headers(), r.body() == null ? "" : r.body());
        });
    }

    /**
     * The JDK's network errors do not say where ({@code java.net.ConnectException} alone): a copy of the same kind
     * (so timeouts stay timeouts for the retry policy) that names the request, without its query, which may carry
     * secrets. Other failures pass as they are.
     */
    static Throwable naming(Request request, Throwable error) {
        if (!(error instanceof IOException)) {
            return error;
        }
        String message = request.where() + " failed: "
                + (error.getMessage() == null ? error.getClass().getName() : error.toString());
        IOException named;
        if (error instanceof HttpConnectTimeoutException) {
            named = new HttpConnectTimeoutException(message);
        } else if (error instanceof HttpTimeoutException) {
            named = new HttpTimeoutException(message);
        } else if (error instanceof ConnectException) {
            named = new ConnectException(message);
        } else {
            named = new IOException(message);
        }
        named.initCause(error);
        return named;
    }

    /** The underlying client, shared with other parts of the library (the WebSocket). */
    public HttpClient client() {
        return client;
    }
}
