package dev.twitchkit.eventsub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientApp;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.SubscriptionRequest;
import dev.twitchkit.mock.junit.MockTwitchExtension;
import dev.twitchkit.mock.junit.MockTwitchSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registry entry that needs an app token, end to end through {@code ClientApp} on a one-shard conduit: the
 * typed method with every parameter given (optional ones too) sends the condition Twitch documents with the conduit
 * transport, the mock triggers the event, and handlers by record class and by type string receive the typed record
 * with every field populated; a batched {@code drop.entitlement.grant} reaches them once per entitlement.
 */
@ExtendWith(MockTwitchExtension.class)
@MockTwitchSettings(minKeepaliveMillis = 1_000, subscriptionTimeoutMillis = 5_000)
class AppEntriesEndToEndTest {
    private static ClientApp app;
    private static Conduit conduit;

    static Stream<SubscriptionType<?>> appEntries() {
        return SubscriptionType.all().stream().filter(SubscriptionType::appTokenOnly);
    }

    @BeforeAll
    static void start(MockTwitch twitch) {
        app = ClientApp.builder(twitch.clientId(), twitch.clientSecret())
                .urls(EventSubTestAccess.urls(twitch))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(60))
                .connectTimeout(Duration.ofSeconds(3))
                .shardConnectTimeout(Duration.ofSeconds(5))
                .shardCheckInterval(Duration.ofSeconds(60))
                .associationLinger(Duration.ofMillis(10))
                // The client's own conduit.shard.disabled subscription would be a second recorded request.
                .watchShardDisabled(false)
                .helixSettings(AppTestSupport.FAST)
                .tokenMaintenance(false)
                .build();
        app.authorize().join();
        conduit = app.conduits().create(1).join();
        app.connect(conduit.id(), 0).join();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appEntries")
    void theTypedMethodSubscribesTheConduitAndBothHandlersReceiveTheTypedEvent(SubscriptionType<?> type,
                                                                              MockTwitch twitch) throws Exception {
        Received received = new Received(type);
        List<Registration> registrations = register(type, received);
        try {
            Map<String, String> expected = new LinkedHashMap<>();
            for (String field : CatalogMethods.parameterFields(type)) {
                expected.put(field, value(field, twitch));
            }
            Subscription subscription = CatalogMethods.subscribeFully(app.eventsub(), type, expected)
                    .get(5, TimeUnit.SECONDS);

            SubscriptionRequest request = twitch.takeSubscriptionRequest();
            assertThat(request.status()).as("the mock's answer").isEqualTo(202);
            assertThat(request.type()).isEqualTo(type.type());
            assertThat(request.version()).isEqualTo(type.version());
            assertThat(request.condition()).isEqualTo(expected);
            assertThat(request.transport()).containsEntry("method", "conduit")
                    .containsEntry("conduit_id", conduit.id());
            assertThat(request.userId()).as("an app token").isNull();
            assertThat(subscription.id()).isEqualTo(request.subscriptionId());

            Map.Entry<String, String> target = expected.entrySet().iterator().next();
            List<String> sent = twitch.trigger(type.type()).version(type.version())
                    .condition(target.getKey(), target.getValue()).send();
            assertThat(sent).as("notifications the mock sent").hasSize(1);
            received.assertDelivered(sent);
        } finally {
            registrations.forEach(Registration::close);
        }
    }

    /** A value Twitch (and so the mock) accepts for a condition field of the app-token types. */
    private static String value(String field, MockTwitch twitch) {
        return switch (field) {
            case "client_id", "extension_client_id" -> twitch.clientId();
            case "conduit_id" -> conduit.id();
            default -> field.replace("_id", "") + "-1";
        };
    }

    private static <E extends EventSubEvent> List<Registration> register(SubscriptionType<E> type,
                                                                         Received received) {
        return List.of(app.on(type.eventClass(), received.classHandler()),
                app.onRaw(type.type(), received.typeHandler()));
    }
}
