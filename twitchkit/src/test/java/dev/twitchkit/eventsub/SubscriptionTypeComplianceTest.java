package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Fixtures;
import dev.twitchkit.eventsub.event.RawEvent;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The registry, the mock's {@code types.json} (written from Twitch's reference independently of the library) and
 * the event records agree: the same entries with the same conditions, scopes and transports, a fixture for each,
 * and exactly one entry per record.
 */
class SubscriptionTypeComplianceTest {

    private static final String EVENT_PACKAGE = "dev.twitchkit.eventsub.event";

    @Test
    void registryAndMockCatalogueListTheSameEntries() {
        Set<String> catalogue = new TreeSet<>(catalogueEntries().keySet());
        Set<String> registry = SubscriptionType.all().stream().map(SubscriptionType::toString)
                .map(SubscriptionTypeComplianceTest::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(registry).isEqualTo(catalogue);
    }

    @Test
    void everyEntryMatchesTheMockCatalogue() {
        Map<String, JsonNode> catalogue = catalogueEntries();
        List<String> mismatches = new ArrayList<>();
        for (SubscriptionType<?> type : SubscriptionType.all()) {
            JsonNode row = catalogue.get(key(type.toString()));
            compare(mismatches, type, "status", type.status().name().toLowerCase(), row.get("status").asString());
            compare(mismatches, type, "required", type.condition().required(),
                    strings(row.get("condition").get("required")));
            compare(mismatches, type, "optional", type.condition().optional(),
                    strings(row.get("condition").get("optional")));
            compare(mismatches, type, "oneOf", type.condition().oneOf(), groups(row.get("condition").get("oneOf")));
            compare(mismatches, type, "scopes", type.scopes(), groups(row.get("scopes")));
            compare(mismatches, type, "transports", type.transports().stream().map(TransportMethod::value).toList(),
                    strings(row.get("transports")));
            compare(mismatches, type, "appToken", type.appTokenOnly(), row.get("appToken").asBoolean());
            compare(mismatches, type, "batched", type.batched(), row.get("batched").asBoolean());
            JsonNode authorized = row.get("authorizedUserField");
            compare(mismatches, type, "authorizedUserField", type.authorizedUserField().orElse(null),
                    authorized.isNull() ? null : authorized.asString());
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyEntryHasAFixture() {
        List<String> missing = SubscriptionType.all().stream()
                .filter(type -> Fixtures.document(type.type(), type.version()) == null)
                .map(SubscriptionType::toString)
                .toList();

        assertThat(missing).isEmpty();
    }

    @Test
    void everyEventRecordBelongsToExactlyOneEntry() throws IOException, URISyntaxException {
        Map<Class<?>, Long> uses = SubscriptionType.all().stream()
                .collect(Collectors.groupingBy(SubscriptionType::eventClass, Collectors.counting()));

        // RawEvent is the fallback for pairs the registry does not model, so no entry names it.
        List<Class<?>> records = eventRecords().stream().filter(type -> type != RawEvent.class).toList();

        assertThat(records).hasSize(SubscriptionType.all().size());
        assertThat(records).allSatisfy(record -> assertThat(uses.get(record)).as(record.getName()).isEqualTo(1L));
    }

    @Test
    void eventClassesAreNamedMechanicallyFromTheirType() {
        Map<String, List<SubscriptionType<?>>> byType = SubscriptionType.all().stream()
                .collect(Collectors.groupingBy(SubscriptionType::type));
        for (SubscriptionType<?> type : SubscriptionType.all()) {
            String base = Stream.of(type.type().split("[._]"))
                    .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                    .collect(Collectors.joining());
            String firstVersion = byType.get(type.type()).stream().map(SubscriptionType::version)
                    .filter(version -> !version.equals("beta")).sorted().findFirst().orElse("beta");
            String suffix = type.version().equals("beta") ? "Beta"
                    : type.version().equals(firstVersion) ? "" : "V" + type.version();

            assertThat(type.eventClass().getSimpleName()).as(type.toString()).isEqualTo(base + suffix + "Event");
        }
    }

    @Test
    void everyEntryHasItsPublicConstant() throws IllegalAccessException {
        Map<String, Object> constants = new HashMap<>();
        for (Field field : SubscriptionType.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == SubscriptionType.class) {
                constants.put(field.getName(), field.get(null));
            }
        }
        for (SubscriptionType<?> type : SubscriptionType.all()) {
            String name = type.type().replaceAll("[^a-z0-9]", "_").toUpperCase()
                    + (type.version().equals("beta") ? "_BETA" : "_V" + type.version());
            assertThat(constants.get(name)).as(name).isSameAs(type);
        }
        assertThat(constants).hasSize(SubscriptionType.all().size());
    }

    private static Map<String, JsonNode> catalogueEntries() {
        List<JsonNode> rows = new ArrayList<>();
        Fixtures.typesCatalogue().forEach(rows::add);
        return rows.stream()
                .filter(row -> !row.get("status").asString().equals("removed"))
                .collect(Collectors.toMap(row -> row.get("type").asString() + " " + row.get("version").asString(),
                        Function.identity()));
    }

    /** {@code "channel.follow v2"} and {@code "x beta"} as {@code "type version"}. */
    private static String key(String display) {
        return display.replace(" v", " ");
    }

    private static void compare(List<String> mismatches, SubscriptionType<?> type, String what, Object registry,
                                Object catalogue) {
        if (registry == null ? catalogue != null : !registry.equals(catalogue)) {
            mismatches.add(type + " " + what + ": registry " + registry + ", types.json " + catalogue);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<List<String>> groups(JsonNode array) {
        List<List<String>> values = new ArrayList<>();
        array.forEach(group -> values.add(strings(group)));
        return values;
    }

    /** Every record in the event package that implements {@link EventSubEvent}, read from the compiled classes. */
    private static List<Class<?>> eventRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(EventSubEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDir = classes.resolve(EVENT_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(packageDir)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(EVENT_PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> type.isRecord() && EventSubEvent.class.isAssignableFrom(type))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
