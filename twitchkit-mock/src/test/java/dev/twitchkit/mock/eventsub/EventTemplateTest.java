package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.internal.eventsub.Catalog;
import dev.twitchkit.mock.internal.eventsub.CatalogEntry;
import dev.twitchkit.mock.internal.eventsub.EventTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventTemplateTest {
    private final Catalog catalog = new Catalog(WsProbe.JSON);

    @Test
    void everyFixtureRendersValidJsonWithItsConditionAndFreshValues() {
        int rendered = 0;
        for (CatalogEntry entry : catalog.entries()) {
            if (entry.removed()) {
                continue;
            }
            JsonNode fixture = catalog.fixture(entry);
            EventTemplate template = EventTemplate.compile(WsProbe.JSON, fixture, Map.of(), id -> Optional.of(
                    new EventTemplate.UserNames("login" + id, "Name" + id)));
            Map<String, String> condition = new LinkedHashMap<>();
            fixture.path("condition").properties().forEach(e -> condition.put(e.getKey(), "4242" + e.getKey().length()));
            String first = template.render(condition, template.freshValues(Instant.now()));
            String second = template.render(condition, template.freshValues(Instant.now()));
            JsonNode a = WsProbe.JSON.readTree(first);
            JsonNode b = WsProbe.JSON.readTree(second);
            assertThat(first).as(entry.type()).doesNotContain("\uE000");
            JsonNode root = template.payloadKey().equals("event") ? a : a.get(0).path("data");
            condition.forEach((field, value) -> {
                if (root.has(field)) {
                    assertThat(root.path(field).asString()).as(entry.type() + " " + field).isEqualTo(value);
                }
            });
            if (hasIdBesides(a, condition.keySet())) {
                assertThat(a).as(entry.type() + " fresh values differ").isNotEqualTo(b);
            }
            rendered++;
        }
        assertThat(rendered).isGreaterThan(80);
    }

    @Test
    void everyNullsVariantRendersItsNullsOutsideTheCondition() {
        int rendered = 0;
        for (CatalogEntry entry : catalog.entries()) {
            Optional<JsonNode> variant = entry.removed() ? Optional.empty() : catalog.nullsFixture(entry);
            if (variant.isEmpty()) {
                continue;
            }
            EventTemplate template = EventTemplate.compile(WsProbe.JSON, variant.get(), Map.of(),
                    id -> Optional.of(new EventTemplate.UserNames("login" + id, "Name" + id)));
            Map<String, String> condition = new LinkedHashMap<>();
            variant.get().path("condition").properties().forEach(e -> condition.put(e.getKey(), "4242"));
            JsonNode payload = WsProbe.JSON.readTree(template.render(condition, template.freshValues(Instant.now())));
            JsonNode source = variant.get().path(template.payloadKey());

            assertThat(nullPaths(payload, "", condition.keySet())).as(entry.type())
                    .isEqualTo(nullPaths(source, "", condition.keySet()));
            rendered++;
        }
        assertThat(rendered).isGreaterThan(30);
    }

    /** The paths of the JSON nulls in a tree, leaving out the condition's fields and their login and name. */
    private static List<String> nullPaths(JsonNode node, String path, Set<String> condition) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(nullPaths(node.get(i), path + "[" + i + "]", condition));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String prefix = e.getKey().replaceAll("_(id|login|name)$", "_id");
                if (e.getValue().isNull() && !condition.contains(prefix)) {
                    out.add(path + "." + e.getKey());
                } else {
                    out.addAll(nullPaths(e.getValue(), path + "." + e.getKey(), condition));
                }
            }
        }
        return out;
    }

    /** Whether a string id field other than the condition's is anywhere in the tree (so it must be fresh). */
    private static boolean hasIdBesides(JsonNode node, java.util.Set<String> conditionFields) {
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (hasIdBesides(n, conditionFields)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            boolean id = e.getKey().equals("id") || e.getKey().endsWith("_id");
            if ((id && e.getValue().isString() && !conditionFields.contains(e.getKey()))
                    || hasIdBesides(e.getValue(), conditionFields)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void batchedFixturesRenderAnEventsArray() {
        CatalogEntry drop = catalog.find("drop.entitlement.grant", "1").orElseThrow();
        EventTemplate template = EventTemplate.compile(WsProbe.JSON, catalog.fixture(drop),
                Map.of("category_name", WsProbe.JSON.valueToTree("Chess")), id -> Optional.empty());
        assertThat(template.payloadKey()).isEqualTo("events");
        JsonNode events = WsProbe.JSON.readTree(template.render(Map.of("organization_id", "77"),
                template.freshValues(Instant.now())));
        assertThat(events.isArray()).isTrue();
        assertThat(events.size()).isGreaterThan(1);
        for (JsonNode e : events) {
            assertThat(e.path("data").path("organization_id").asString()).isEqualTo("77");
            assertThat(e.path("data").path("category_name").asString()).isEqualTo("Chess");
        }
        assertThat(events.get(0).path("id").asString()).isNotEqualTo(events.get(1).path("id").asString());
    }
}
