package dev.twitchkit.eventsub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.WebhookClient;
import dev.twitchkit.conduit.internal.ConduitEventSub;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.EventSubCatalog;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.UserEventSubCatalog;
import dev.twitchkit.webhook.internal.WebhookEventSub;
import java.net.URI;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EventSubCatalog} against the registry: exactly one typed method (with its overloads) per entry, named after
 * the entry's record, none without an entry, and every overload sends the entry's type, version and the condition
 * its parameters and the logged-in user make.
 */
class EventSubCatalogComplianceTest {
    private static final String SELF = "self-id";

    static Stream<SubscriptionType<?>> entries() {
        return SubscriptionType.all().stream();
    }

    @Test
    void everyEntryHasOneTypedMethodNamedAfterItsRecordAndEveryTypedMethodHasAnEntry() {
        Set<String> expected = SubscriptionType.all().stream().map(CatalogMethods::methodName)
                .collect(Collectors.toSet());
        Set<String> declared = CatalogMethods.typedMethods().stream().map(Method::getName)
                .collect(Collectors.toSet());

        assertThat(expected).as("one name per entry").hasSize(SubscriptionType.all().size());
        assertThat(declared).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theLongestOverloadTakesEveryConditionFieldAsAString(SubscriptionType<?> type) {
        List<Method> overloads = CatalogMethods.overloads(type);

        assertThat(overloads).as(CatalogMethods.methodName(type)).isNotEmpty();
        Method full = overloads.get(0);
        assertThat(full.getParameterTypes()).as(full.toString())
                .containsOnly(String.class)
                .hasSize(CatalogMethods.parameterFields(type).size());
        assertThat(full.getReturnType()).isEqualTo(CompletableFuture.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyOverloadSendsTheEntryAndTheConditionItsArgumentsMake(SubscriptionType<?> type) {
        for (Method overload : CatalogMethods.overloads(type)) {
            for (List<String> args : argumentSets(type, overload.getParameterCount())) {
                Recording eventSub = new Recording(SELF);

                CatalogMethods.invoke(eventSub, overload, args.toArray());

                assertThat(eventSub.calls).as(overload.toString()).hasSize(1);
                Call call = eventSub.calls.get(0);
                assertThat(call.type()).isEqualTo(type.type());
                assertThat(call.version()).isEqualTo(type.version());
                assertThat(call.condition()).as("%s%s", overload.getName(), args)
                        .containsExactlyInAnyOrderEntriesOf(CatalogMethods.expectedCondition(type, args, SELF));
                type.checkCondition(call.condition());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void overloadsLeaveOutOnlyUserIdsOrOptionalFields(SubscriptionType<?> type) {
        List<String> fields = CatalogMethods.parameterFields(type);
        for (Method overload : CatalogMethods.overloads(type)) {
            for (String dropped : fields.subList(overload.getParameterCount(), fields.size())) {
                assertThat(CatalogMethods.SELF_FIELDS.contains(dropped)
                        || type.condition().optional().contains(dropped))
                        .as("%s leaves out %s", overload, dropped).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theBaseCatalogTakesEveryUserIdAndOnlyTheUserCatalogDefaultsThem(SubscriptionType<?> type) {
        List<String> fields = CatalogMethods.parameterFields(type);
        for (Method overload : CatalogMethods.overloads(type)) {
            List<String> dropped = fields.subList(overload.getParameterCount(), fields.size());
            boolean defaultsAUser = dropped.stream().anyMatch(field -> CatalogMethods.SELF_FIELDS.contains(field)
                    && !type.condition().optional().contains(field));
            assertThat(overload.getDeclaringClass()).as(overload.toString())
                    .isEqualTo(defaultsAUser ? UserEventSubCatalog.class : EventSubCatalog.class);
        }
    }

    @Test
    void clientsWithoutAUserHaveNoOverloadThatDefaultsToOne() throws NoSuchMethodException {
        List<Class<?>> appCatalogs = List.of(
                ClientApp.class.getMethod("eventsub").getReturnType(),
                ClientApp.class.getMethod("eventsub", String.class).getReturnType(),
                MultiShardClientApp.class.getMethod("eventsub").getReturnType(),
                WebhookClient.class.getMethod("eventsub", URI.class).getReturnType(),
                WebhookClient.class.getMethod("conduitEventSub", String.class).getReturnType(),
                ConduitEventSub.class, WebhookEventSub.class);

        for (Class<?> catalog : appCatalogs) {
            assertThat(UserEventSubCatalog.class.isAssignableFrom(catalog)).as(catalog.getName()).isFalse();
            assertThat(Arrays.stream(catalog.getMethods()))
                    .as("%s has no userId() and no method of UserEventSubCatalog", catalog.getName())
                    .noneMatch(m -> m.getName().equals("userId")
                            || m.getDeclaringClass() == UserEventSubCatalog.class);
        }
        assertThat(UserEventSubCatalog.class).isAssignableFrom(ClientUser.class.getMethod("eventsub").getReturnType());
    }

    @Test
    void anApplicationClientPassesEveryUserId() {
        Recording recording = new Recording(null);
        EventSubCatalog app = recording;
        app.channelFollow("b-1", "m-1");
        app.channelRaid(null, "b-2");
        assertThat(recording.calls).extracting(Call::condition).containsExactly(
                Map.of("broadcaster_user_id", "b-1", "moderator_user_id", "m-1"),
                Map.of("to_broadcaster_user_id", "b-2"));
    }

    @Test
    void bothClientsEventSubIsTheCatalog() {
        assertThat(EventSubCatalog.class).isAssignableFrom(EventSub.class);
        assertThat(Arrays.stream(EventSub.class.getDeclaredMethods()).filter(Method::isDefault))
                .as("typed methods are declared once, on EventSubCatalog").isEmpty();
    }

    /**
     * Arguments for an overload of {@code count} parameters: distinct values; for a one-of, one set per side with
     * the other sides {@code null} (sending both is an error the registry check reports).
     */
    private static List<List<String>> argumentSets(SubscriptionType<?> type, int count) {
        List<String> values = IntStream.range(0, count).mapToObj(i -> "value-" + i).toList();
        if (type.condition().oneOf().isEmpty()) {
            return List.of(values);
        }
        List<String> fields = CatalogMethods.parameterFields(type);
        List<List<String>> sets = new ArrayList<>();
        for (List<String> side : type.condition().oneOf()) {
            List<String> set = new ArrayList<>(values);
            for (int i = 0; i < count; i++) {
                String field = fields.get(i);
                boolean otherSide = type.condition().oneOf().stream()
                        .anyMatch(group -> group != side && group.contains(field));
                if (otherSide) {
                    set.set(i, null);
                }
            }
            sets.add(set);
        }
        return sets;
    }

    private record Call(String type, String version, Map<String, String> condition) {
    }

    /** Records what the typed methods ask for; {@code userId} null stands for a client without a user. */
    private static final class Recording implements UserEventSubCatalog {
        final List<Call> calls = new ArrayList<>();
        private final String userId;

        Recording(String userId) {
            this.userId = userId;
        }

        @Override
        public String userId() {
            if (userId == null) {
                throw new IllegalStateException("no logged-in user");
            }
            return userId;
        }

        @Override
        public CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition) {
            calls.add(new Call(type, version, condition));
            return CompletableFuture.completedFuture(null);
        }
    }
}
