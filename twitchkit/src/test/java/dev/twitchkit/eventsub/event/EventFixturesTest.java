package dev.twitchkit.eventsub.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every registry entry's fixture (the mock's trigger payload, written from Twitch's documented example) binds to its
 * record with every documented field populated, and no fixture field is left without a component. Its variant with
 * every nullable field null shows each component the records document as nullable null, and each arrives as null.
 */
class EventFixturesTest {

    static Stream<SubscriptionType<?>> entries() {
        return SubscriptionType.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyDocumentedFieldArrivesPopulated(SubscriptionType<?> type) {
        for (JsonNode node : Fixtures.eventNodes(type)) {
            EventSubEvent event = Json.mapper().treeToValue(node, type.eventClass());

            assertThat(event).isInstanceOf(type.eventClass());
            assertThat(RecordChecks.unpopulated(event, type.eventClass().getSimpleName()))
                    .as("components of %s left null by %s", type.eventClass().getSimpleName(),
                            Fixtures.resource(type.type(), type.version()))
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyFixtureFieldHasAComponent(SubscriptionType<?> type) {
        for (JsonNode node : Fixtures.eventNodes(type)) {
            assertThat(RecordChecks.unbound(node, type.eventClass(), "event"))
                    .as("fields of %s that %s would drop", Fixtures.resource(type.type(), type.version()),
                            type.eventClass().getSimpleName())
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void fixtureNamesItsTypeAndAnAcceptedCondition(SubscriptionType<?> type) {
        JsonNode document = Fixtures.document(type.type(), type.version());

        assertThat(document.get("type").asString()).isEqualTo(type.type());
        assertThat(document.get("version").asString()).isEqualTo(type.version());
        Map<String, String> condition = new LinkedHashMap<>();
        document.get("condition").properties().forEach(e -> condition.put(e.getKey(), e.getValue().asString()));
        type.checkCondition(condition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void nullsVariantSendsEveryNullableComponentNull(SubscriptionType<?> type) {
        Set<RecordChecks.Component> nullable = NullableDocs.mustBeSentNull(type.eventClass());
        List<JsonNode> nodes = Fixtures.nullsEventNodes(type);
        Set<RecordChecks.Component> sent = new LinkedHashSet<>();
        nodes.forEach(node -> sent.addAll(RecordChecks.nullsSent(node, type.eventClass())));

        if (nullable.isEmpty()) {
            assertThat(nodes).as("%s has no nullable component, so no variant", type).isEmpty();
        } else {
            String resource = Fixtures.nullsResource(type.type(), type.version());
            assertThat(nodes).as("no %s", resource).isNotEmpty();
            assertThat(nullable).as("nullable components %s leaves set", resource).isSubsetOf(sent);
            JsonNode variant = Fixtures.nullsDocument(type.type(), type.version());
            JsonNode full = Fixtures.document(type.type(), type.version());
            for (String field : List.of("type", "version", "condition")) {
                assertThat(variant.get(field)).as("%s %s", resource, field).isEqualTo(full.get(field));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyNullSentIsDocumentedAndArrivesAsNull(SubscriptionType<?> type) {
        List<JsonNode> nodes = new ArrayList<>(Fixtures.eventNodes(type));
        nodes.addAll(Fixtures.nullsEventNodes(type));

        for (JsonNode node : nodes) {
            EventSubEvent event = Json.mapper().treeToValue(node, type.eventClass());
            assertThat(RecordChecks.nullMismatches(node, event, "event")).as("%s", type).isEmpty();
            assertThat(RecordChecks.unbound(node, type.eventClass(), "event")).as("%s", type).isEmpty();
            assertThat(RecordChecks.nullsSent(node, type.eventClass()))
                    .as("components %s sends null without a 'may be null' in their Javadoc", type)
                    .allSatisfy(component -> assertThat(NullableDocs.allowsNull(component))
                            .as("%s", component).isTrue());
        }
    }
}
