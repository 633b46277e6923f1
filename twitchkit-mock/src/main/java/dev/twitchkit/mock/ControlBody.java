package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Typed reads of a control request's JSON body, each a 400 with a clear message when missing or mistyped. */
final class ControlBody {
    private final JsonNode node;

    private ControlBody(JsonNode node) {
        this.node = node;
    }

    /** The body; a missing or blank body reads as {@code {}} (operations without fields need none). */
    static ControlBody of(HttpExchange exchange) {
        String raw = exchange.body();
        return new ControlBody(raw == null || raw.isBlank() ? JsonNodeFactory.instance.objectNode()
                : exchange.jsonBody());
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> TwitchHttpError.badRequest("missing field \"" + field + "\""));
    }

    Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isString() && !value.asString().isBlank()) {
            return Optional.of(value.asString());
        }
        if (value.isIntegralNumber()) {
            return Optional.of(value.asString());
        }
        throw TwitchHttpError.badRequest("field \"" + field + "\" must be a non-empty string");
    }

    long number(String field) {
        return optionalNumber(field).orElseThrow(() -> TwitchHttpError.badRequest("missing field \"" + field + "\""));
    }

    Optional<Long> optionalNumber(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()) {
            throw TwitchHttpError.badRequest("field \"" + field + "\" must be a whole number");
        }
        return Optional.of(value.asLong());
    }

    boolean flag(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw TwitchHttpError.badRequest("field \"" + field + "\" must be true or false");
        }
        return value.asBoolean();
    }

    /** A list of strings; a single string is split on spaces, as OAuth scopes are written. */
    List<String> strings(String field) {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isString()) {
            for (String part : value.asString().trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
            return out;
        }
        if (!value.isArray()) {
            throw TwitchHttpError.badRequest("field \"" + field + "\" must be an array of strings");
        }
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw TwitchHttpError.badRequest("field \"" + field + "\" must be an array of strings");
            }
            out.add(item.asString());
        }
        return out;
    }

    /** An object's members; empty when absent. */
    Map<String, JsonNode> object(String field) {
        JsonNode value = node.get(field);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isObject()) {
            throw TwitchHttpError.badRequest("field \"" + field + "\" must be an object");
        }
        value.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
