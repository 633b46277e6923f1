package dev.twitchkit.mock.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** One request as a route sees it: method, path, query, headers and a body read once. */
public final class HttpExchange {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final String body;
    private final ObjectMapper json;

    public HttpExchange(String method, String path, String rawQuery, Map<String, String> headers, String body,
                        ObjectMapper json) {
        this.method = method;
        this.path = path;
        this.query = parseForm(rawQuery);
        this.headers = headers;
        this.body = body;
        this.json = json;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeated query parameter ({@code id=1&id=2}), in order; empty if absent. */
    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** Every query parameter with its values, in order. */
    public Map<String, List<String>> queryMap() {
        return query;
    }

    /** A header by case-insensitive name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public String body() {
        return body;
    }

    /** The body as JSON; a 400 with Twitch's wording when it is missing or malformed. */
    public JsonNode jsonBody() {
        if (body == null || body.isBlank()) {
            throw TwitchHttpError.badRequest("The request body is missing or empty");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw TwitchHttpError.badRequest("The request body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw TwitchHttpError.badRequest("Malformed JSON in request body");
        }
    }

    /**
     * Form fields of an {@code application/x-www-form-urlencoded} body merged over the query string, as
     * Twitch's OAuth endpoints accept either.
     */
    public Map<String, String> form() {
        Map<String, String> merged = new LinkedHashMap<>();
        query.forEach((k, v) -> merged.put(k, v.get(0)));
        parseForm(body).forEach((k, v) -> merged.put(k, v.get(0)));
        return merged;
    }

    static Map<String, List<String>> parseForm(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TwitchHttpError.badRequest("Malformed URL encoding");
        }
    }
}
