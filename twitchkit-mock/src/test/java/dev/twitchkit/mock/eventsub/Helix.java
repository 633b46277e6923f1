package dev.twitchkit.mock.eventsub;

import dev.twitchkit.mock.MockTwitch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Helix calls with the JDK HTTP client, as a test sees them: status and JSON body. */
public final class Helix {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Reply(int status, JsonNode body) {
        public String message() {
            return body.path("message").asString();
        }
    }

    private final MockTwitch twitch;

    public Helix(MockTwitch twitch) {
        this.twitch = twitch;
    }

    public Reply call(String method, String pathAndQuery, String token, String body) {
        return call(method, pathAndQuery, token, twitch.clientId(), body);
    }

    public Reply call(String method, String pathAndQuery, String token, String clientId, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(twitch.urls().helix() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (clientId != null) {
            b.header("Client-Id", clientId);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body() == null || r.body().isEmpty() ? WsProbe.JSON.nullNode()
                    : WsProbe.JSON.readTree(r.body());
            return new Reply(r.statusCode(), json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Creates a websocket subscription; the reply as is. */
    public Reply subscribe(String token, String type, String version, String conditionJson, String sessionId) {
        return call("POST", "/eventsub/subscriptions", token, "{\"type\":\"" + type + "\",\"version\":\"" + version
                + "\",\"condition\":" + conditionJson + ",\"transport\":{\"method\":\"websocket\",\"session_id\":\""
                + sessionId + "\"}}");
    }

    /** Creates a websocket subscription and returns its id, failing unless the answer is 202. */
    public String subscribeOk(String token, String type, String version, String conditionJson, String sessionId) {
        Reply r = subscribe(token, type, version, conditionJson, sessionId);
        if (r.status() != 202) {
            throw new AssertionError("expected 202, got " + r.status() + " " + r.body());
        }
        return r.body().path("data").get(0).path("id").asString();
    }
}
