package dev.twitchkit.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks a trigger's {@code --field} value against the JSON kind Twitch sends at that path (the type's example
 * event), so a number where Twitch sends an object or a string is refused before the mock sends an event no bot
 * will ever see. A path the example does not have, a null value, and a field Twitch may send as null pass.
 */
final class FieldShapes {
    private static final int EXAMPLE_LIMIT = 60;

    private FieldShapes() {
    }

    /**
     * Refuses {@code value} at the dotted {@code path} when the example holds another kind of JSON value there.
     *
     * @throws CliException (usage) naming the expected shape with an example of it
     */
    static void check(JsonNode example, String path, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        JsonNode expected = example;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (!expected.isObject()) {
                String parent = String.join(".", List.of(parts).subList(0, i));
                throw CliException.usage("--field " + path + ": Twitch sends " + parent + " as " + kind(expected)
                        + ", which has no field " + parts[i]);
            }
            expected = expected.get(parts[i]);
            if (expected == null || expected.isNull()) {
                return;
            }
        }
        if (!kind(expected).equals(kind(value))) {
            throw CliException.usage("--field " + path + " is " + kind(value) + " but Twitch sends " + kind(expected)
                    + ": " + hint(path, expected));
        }
    }

    private static String kind(JsonNode node) {
        if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "true or false";
        } else if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        }
        return "null";
    }

    private static String hint(String path, JsonNode expected) {
        if (expected.isString()) {
            return "e.g. --field " + path + "=" + expected.asString();
        } else if (expected.isObject()) {
            List<String> fields = new ArrayList<>(expected.propertyNames());
            String first = fields.isEmpty() ? "name" : fields.get(0);
            return "an object with " + String.join(", ", fields) + "; set one with --field " + path + "." + first
                    + "=… or all with --field '" + path + ":=" + shorten(expected.toString()) + "'";
        }
        return "e.g. --field '" + path + ":=" + shorten(expected.toString()) + "'";
    }

    private static String shorten(String json) {
        return json.length() <= EXAMPLE_LIMIT ? json : json.substring(0, EXAMPLE_LIMIT) + "…";
    }
}
