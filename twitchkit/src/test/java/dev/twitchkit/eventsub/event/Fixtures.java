package dev.twitchkit.eventsub.event;

import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the mock's EventSub fixtures from the test class path (the library's tests depend on twitchkit-mock). */
public final class Fixtures {
    private Fixtures() {
    }

    /** The class-path resource of a (type, version) fixture. */
    public static String resource(String type, String version) {
        return "/fixtures/eventsub/" + type + "/" + version + ".json";
    }

    /** The class-path resource of a (type, version) fixture's variant with every nullable field null. */
    public static String nullsResource(String type, String version) {
        return "/fixtures/eventsub/" + type + "/" + version + "-nulls.json";
    }

    /** The whole fixture document, or null when there is none. */
    public static JsonNode document(String type, String version) {
        return read(resource(type, version));
    }

    /** The whole document of the variant with every nullable field null, or null when there is none. */
    public static JsonNode nullsDocument(String type, String version) {
        return read(nullsResource(type, version));
    }

    /** The event objects of a fixture: its {@code event}, or each {@code events[]} element of a batched type. */
    public static List<JsonNode> eventNodes(SubscriptionType<?> type) {
        JsonNode document = document(type.type(), type.version());
        if (document == null) {
            throw new AssertionError("no fixture " + resource(type.type(), type.version()));
        }
        return eventNodes(type, document);
    }

    /** The event objects of the variant with every nullable field null; empty when the type has none. */
    public static List<JsonNode> nullsEventNodes(SubscriptionType<?> type) {
        JsonNode document = nullsDocument(type.type(), type.version());
        return document == null ? List.of() : eventNodes(type, document);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return in == null ? null : Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> eventNodes(SubscriptionType<?> type, JsonNode document) {
        List<JsonNode> nodes = new ArrayList<>();
        if (type.batched()) {
            document.get("events").forEach(nodes::add);
        } else {
            nodes.add(document.get("event"));
        }
        return nodes;
    }

    /** The types.json catalogue of the mock. */
    public static JsonNode typesCatalogue() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/eventsub/types.json")) {
            if (in == null) {
                throw new AssertionError("no /fixtures/eventsub/types.json on the test class path");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
