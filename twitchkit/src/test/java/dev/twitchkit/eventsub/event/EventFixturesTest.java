package dev.twitchkit.eventsub.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.internal.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every registry entry's fixture (the mock's trigger payload, written from Twitch's documented example) binds to its
 * record with every documented field populated, and no fixture field is left without a component.
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
}
