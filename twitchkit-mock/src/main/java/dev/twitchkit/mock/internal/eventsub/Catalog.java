package dev.twitchkit.mock.internal.eventsub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The subscription types the mock knows, read once from {@code fixtures/eventsub/types.json}, and their
 * example payloads from {@code fixtures/eventsub/<type>/<version>.json} (and {@code <version>-nulls.json}, the
 * variant with every field Twitch may send as null set to null), read on first use.
 */
public final class Catalog {
    private static final String ROOT = "/fixtures/eventsub/";

    private final ObjectMapper json;
    private final Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    private final Map<String, JsonNode> fixtures = new ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> nullsFixtures = new ConcurrentHashMap<>();

    public Catalog(ObjectMapper json) {
        this.json = json;
        JsonNode root = read(ROOT + "types.json")
                .orElseThrow(() -> new IllegalStateException("fixtures/eventsub/types.json is missing"));
        for (JsonNode node : root) {
            CatalogEntry entry = parse(node);
            entries.put(key(entry.type(), entry.version()), entry);
        }
    }

    /** The entry for a type and version, if Twitch has (or had) it. */
    public Optional<CatalogEntry> find(String type, String version) {
        return Optional.ofNullable(entries.get(key(type, version)));
    }

    /** Whether any version of the type exists. */
    public boolean knowsType(String type) {
        return entries.values().stream().anyMatch(e -> e.type().equals(type));
    }

    /** The version a trigger uses when none is given: the highest numbered one that is not removed. */
    public Optional<CatalogEntry> newest(String type) {
        return entries.values().stream()
                .filter(e -> e.type().equals(type) && !e.removed())
                .max(Comparator.comparingInt(e -> versionNumber(e.version())));
    }

    public List<CatalogEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The fixture {@code {type, version, condition, event | events}} of an entry; a clear error when absent. */
    public JsonNode fixture(CatalogEntry entry) {
        return fixtures.computeIfAbsent(key(entry.type(), entry.version()), k ->
                read(ROOT + entry.type() + "/" + entry.version() + ".json").orElseThrow(() ->
                        new IllegalArgumentException("no fixture for " + entry.type() + " version "
                                + entry.version())));
    }

    /**
     * The entry's fixture with every field Twitch may send as null set to null (an anonymous gifter, a hidden
     * streak); empty when the type has no such field.
     */
    public Optional<JsonNode> nullsFixture(CatalogEntry entry) {
        return nullsFixtures.computeIfAbsent(key(entry.type(), entry.version()), k ->
                read(ROOT + entry.type() + "/" + entry.version() + "-nulls.json"));
    }

    private Optional<JsonNode> read(String resource) {
        try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static CatalogEntry parse(JsonNode n) {
        JsonNode condition = n.path("condition");
        String authorized = n.path("authorizedUserField").isString() ? n.path("authorizedUserField").asString() : null;
        return new CatalogEntry(n.path("type").asString(), n.path("version").asString(),
                n.path("status").asString("current"), strings(condition.path("required")),
                strings(condition.path("optional")), groups(condition.path("oneOf")), groups(n.path("scopes")),
                new LinkedHashSet<>(strings(n.path("transports"))), n.path("appToken").asBoolean(false),
                n.path("batched").asBoolean(false), authorized);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }

    private static List<List<String>> groups(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        array.forEach(g -> out.add(g.isArray() ? strings(g) : List.of(g.asString())));
        return out;
    }

    private static int versionNumber(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return 0; // "beta" sorts below every numbered version
        }
    }

    private static String key(String type, String version) {
        return type + "@" + version;
    }

    static Set<String> userIdValues(Map<String, String> condition) {
        Set<String> ids = new LinkedHashSet<>();
        condition.forEach((k, v) -> {
            if (k.endsWith("user_id")) {
                ids.add(v);
            }
        });
        return ids;
    }
}
