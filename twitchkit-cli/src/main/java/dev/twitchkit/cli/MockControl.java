package dev.twitchkit.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running mock's control API ({@code /_mock}) as every CLI command uses it: JSON in, JSON out, and a refusal or
 * an unreachable mock as a {@link CliException} naming the URL, worded the same for all of them.
 */
final class MockControl {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    /** A client of the mock at {@code mockUrl}: its base URL or its control URL ({@code …/_mock}). */
    MockControl(URI mockUrl) {
        this(mockUrl, DEFAULT_TIMEOUT);
    }

    /** As {@link #MockControl(URI)}, waiting at most {@code timeout} to connect and for each answer. */
    MockControl(URI mockUrl, Duration timeout) {
        String url = mockUrl.toString().replaceAll("/+$", "");
        this.base = URI.create(url.endsWith("/_mock") ? url : url + "/_mock");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    URI base() {
        return base;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String path, ObjectNode body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Terminal.JSON.writeValueAsString(body))));
    }

    static ObjectNode body() {
        return Terminal.JSON.createObjectNode();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            // The JDK client reports a refused connection as a ConnectException, a silent host as a timeout.
            throw CliException.failed("no mock answers at " + base + " (start one with: twitchkit mock)");
        } catch (IOException e) {
            throw CliException.failed("talking to the mock at " + base + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failed("interrupted while waiting for the mock at " + base);
        }
        JsonNode body = parse(response);
        if (response.statusCode() >= 300) {
            JsonNode message = body.get("message");
            throw CliException.failed("the mock refused (" + response.statusCode() + "): "
                    + (message == null ? response.body() : message.asString()));
        }
        return body;
    }

    private JsonNode parse(HttpResponse<String> response) {
        if (response.body().isBlank()) {
            return Terminal.JSON.createObjectNode();
        }
        try {
            return Terminal.JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw CliException.failed(base + " answered " + response.statusCode()
                    + " with a body that is not JSON: is it a twitchkit mock?");
        }
    }
}
