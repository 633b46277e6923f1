package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.eventsub.Catalog;
import dev.twitchkit.mock.internal.eventsub.CatalogEntry;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription types the mock can trigger and the example event each sends, without starting a mock: tools
 * (the {@code twitchkit trigger} command) check a request against them before asking a running mock.
 */
public final class EventExamples {
    private static final Catalog CATALOG = new Catalog(JsonMapper.builder().build());

    private EventExamples() {
    }

    /** Every type a trigger accepts, sorted. */
    public static Set<String> types() {
        Set<String> types = new TreeSet<>();
        CATALOG.entries().stream().filter(e -> !e.removed()).forEach(e -> types.add(e.type()));
        return types;
    }

    /**
     * The event a trigger of this type sends before its fresh values and overrides: the object that
     * {@link Trigger#override(String, Object)} paths start from (for a batched type, one of its events' data).
     *
     * @param version the version, or null for the one a trigger picks when none is given
     * @return empty when the mock cannot trigger that type and version
     */
    public static Optional<JsonNode> event(String type, String version) {
        Optional<CatalogEntry> entry = version == null ? CATALOG.newest(type) : CATALOG.find(type, version);
        return entry.filter(e -> !e.removed()).map(CATALOG::fixture).map(EventExamples::eventOf);
    }

    private static JsonNode eventOf(JsonNode fixture) {
        if (fixture.has("event")) {
            return fixture.get("event");
        }
        JsonNode first = fixture.path("events").path(0);
        return first.has("data") ? first.get("data") : first;
    }
}
