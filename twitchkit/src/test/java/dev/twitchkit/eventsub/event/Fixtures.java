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

    /** The whole fixture document, or null when there is none. */
    public static JsonNode document(String type, String version) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource(type, version))) {
            return in == null ? null : Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event objects of a fixture: its {@code event}, or each {@code events[]} element of a batched type. */
    public static List<JsonNode> eventNodes(SubscriptionType<?> type) {
        JsonNode document = document(type.type(), type.version());
        if (document == null) {
            throw new AssertionError("no fixture " + resource(type.type(), type.version()));
        }
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
