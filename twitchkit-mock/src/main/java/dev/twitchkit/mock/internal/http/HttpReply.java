package dev.twitchkit.mock.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a route answers: a status, extra headers and an optional JSON body, or a text body of another type (an
 * iCalendar feed) whose {@code Content-Type} is in {@code headers}.
 */
public record HttpReply(int status, Map<String, String> headers, JsonNode body, String text) {

    public HttpReply {
        headers = new LinkedHashMap<>(headers);
    }

    /** A reply with a JSON body, or none. */
    public HttpReply(int status, Map<String, String> headers, JsonNode body) {
        this(status, headers, body, null);
    }

    /** A {@code 200} whose body is {@code text} of {@code contentType}, e.g. {@code text/calendar}. */
    public static HttpReply text(String contentType, String text) {
        return new HttpReply(200, Map.of("Content-Type", contentType), null, text);
    }

    public static HttpReply json(int status, JsonNode body) {
        return new HttpReply(status, Map.of(), body);
    }

    public static HttpReply ok(JsonNode body) {
        return json(200, body);
    }

    public static HttpReply noContent() {
        return new HttpReply(204, Map.of(), null);
    }

    /** Twitch's Helix error body: {@code {"error":"Not Found","status":404,"message":"…"}}. */
    public static HttpReply error(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", reasonPhrase(status));
        body.put("status", status);
        body.put("message", message);
        return json(status, body);
    }

    /** The OAuth server's error body, which has no {@code error} member: {@code {"status":400,"message":"…"}}. */
    public static HttpReply oauthError(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status);
        body.put("message", message);
        return json(status, body);
    }

    /** A copy with one more header. */
    public HttpReply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpReply(status, copy, body, text);
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 422 -> "Unprocessable Entity";
            case 425 -> "Too Early";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
