package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every registry entry a WebSocket session can hold, end to end: the generic subscribe builds a request the mock
 * accepts, the mock triggers the type, and a handler registered for the entry's event class receives it typed.
 */
class EveryTypeEndToEndTest {
    private MockTwitch twitch;
    private ClientUser bot;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
    }

    @AfterEach
    void stop() {
        bot.close();
        twitch.close();
    }

    private static List<SubscriptionType<?>> webSocketTypes() {
        return SubscriptionType.all().stream()
                .filter(t -> t.transports().contains(TransportMethod.WEBSOCKET) && !t.appTokenOnly())
                .toList();
    }

    @Test
    void aHandlerOfEachEventClassReceivesItsEvent() {
        Set<String> scopes = new LinkedHashSet<>();
        webSocketTypes().forEach(t -> t.scopes().forEach(group -> scopes.addAll(group)));
        MockUser streamer = twitch.createUser("streamer", scopes.toArray(String[]::new));
        bot = EventSubTestAccess.client(twitch);
        Map<String, Notification<?>> received = new ConcurrentHashMap<>();
        for (SubscriptionType<?> type : webSocketTypes()) {
            register(type, received);
        }
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();

        List<String> notTriggered = new ArrayList<>();
        for (SubscriptionType<?> type : webSocketTypes()) {
            Map<String, String> condition = new LinkedHashMap<>();
            for (String field : type.condition().required()) {
                condition.put(field, field.endsWith("user_id") ? streamer.id() : "some-" + field);
            }
            if (!type.condition().oneOf().isEmpty()) {
                condition.put(type.condition().oneOf().get(0).get(0), streamer.id());
            }
            bot.eventsub().subscribe(type.type(), type.version(), condition).join();
            List<String> sent = twitch.trigger(type.type()).version(type.version()).condition(
                    condition.keySet().iterator().next(), condition.values().iterator().next()).send();
            if (sent.isEmpty()) {
                notTriggered.add(type.toString());
            }
        }
        assertThat(notTriggered).isEmpty();

        EventSubTestAccess.awaitTrue("every type", () -> received.size() == webSocketTypes().size());
        for (SubscriptionType<?> type : webSocketTypes()) {
            assertThat(received.get(type.type() + " v" + type.version()).event())
                    .as(type.toString()).isInstanceOf(type.eventClass());
        }
        assertThat(bot.stats().sessionsLost()).isZero();
        assertThat(bot.stats().unknownFields()).as("fixture members no model has").isZero();
    }

    private <E extends EventSubEvent> void register(SubscriptionType<E> type, Map<String, Notification<?>> received) {
        bot.on(type.eventClass(), n -> {
            if (n.type().equals(type.type()) && n.version().equals(type.version())) {
                received.put(type.type() + " v" + type.version(), n);
            }
        });
    }
}
