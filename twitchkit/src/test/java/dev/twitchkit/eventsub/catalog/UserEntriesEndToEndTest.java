package dev.twitchkit.eventsub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.SubscriptionRequest;
import dev.twitchkit.mock.junit.MockTwitchExtension;
import dev.twitchkit.mock.junit.MockTwitchSettings;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registry entry a user token can subscribe to, end to end through {@code ClientUser} against the mock: the
 * typed method's shortest overload (user ids default to the logged-in user) builds the request Twitch documents
 * (the mock checks it against its own catalogue and records it), the mock triggers the event, and handlers by record
 * class and by type string receive the typed record with every field populated.
 */
@ExtendWith(MockTwitchExtension.class)
@MockTwitchSettings(minKeepaliveMillis = 1_000, subscriptionTimeoutMillis = 5_000)
class UserEntriesEndToEndTest {
    private static MockUser streamer;
    private static ClientUser bot;

    static Stream<SubscriptionType<?>> userEntries() {
        return SubscriptionType.all().stream().filter(type -> !type.appTokenOnly());
    }

    @BeforeAll
    static void start(MockTwitch twitch) {
        Set<String> scopes = new LinkedHashSet<>();
        userEntries().forEach(type -> type.scopes().forEach(scopes::addAll));
        streamer = twitch.createUser("catalogstreamer", scopes.toArray(String[]::new));
        bot = EventSubTestAccess.client(twitch);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userEntries")
    void theTypedMethodSubscribesAndBothHandlersReceiveTheTypedEvent(SubscriptionType<?> type, MockTwitch twitch)
            throws Exception {
        Received received = new Received(type);
        List<Registration> registrations = register(type, received);
        try {
            Map<String, String> expected = new LinkedHashMap<>();
            Subscription subscription = subscribeShortest(type, expected).get(5, TimeUnit.SECONDS);

            SubscriptionRequest request = twitch.takeSubscriptionRequest();
            assertThat(request.status()).as("the mock's answer").isEqualTo(202);
            assertThat(request.type()).isEqualTo(type.type());
            assertThat(request.version()).isEqualTo(type.version());
            assertThat(request.condition()).isEqualTo(expected);
            assertThat(request.transport()).containsEntry("method", "websocket");
            assertThat(request.subscriptionId()).isEqualTo(subscription.id());
            assertThat(subscription.condition()).isEqualTo(expected);

            Map.Entry<String, String> target = expected.entrySet().iterator().next();
            List<String> sent = twitch.trigger(type.type()).version(type.version())
                    .condition(target.getKey(), target.getValue()).send();
            assertThat(sent).as("notifications the mock sent").hasSize(1);
            received.assertDelivered(sent);
        } finally {
            registrations.forEach(Registration::close);
        }
    }

    /**
     * Calls the entry's shortest overload; its arguments are the streamer's id for user ids ({@code channel.raid}:
     * raids to the streamer). Fills {@code expected} with the condition that call must send.
     */
    private static java.util.concurrent.CompletableFuture<Subscription> subscribeShortest(
            SubscriptionType<?> type, Map<String, String> expected) {
        List<Method> overloads = CatalogMethods.overloads(type);
        Method shortest = overloads.get(overloads.size() - 1);
        List<String> fields = CatalogMethods.parameterFields(type);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < shortest.getParameterCount(); i++) {
            String field = fields.get(i);
            boolean otherRaidSide = field.equals("from_broadcaster_user_id");
            args.add(otherRaidSide || !field.endsWith("user_id") ? null : streamer.id());
        }
        expected.putAll(CatalogMethods.expectedCondition(type, args, streamer.id()));
        return CatalogMethods.invoke(bot.eventsub(), shortest, args.toArray());
    }

    private static <E extends EventSubEvent> List<Registration> register(SubscriptionType<E> type,
                                                                         Received received) {
        return List.of(bot.on(type.eventClass(), received.classHandler()),
                bot.onRaw(type.type(), received.typeHandler()));
    }
}
