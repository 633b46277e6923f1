package dev.twitchkit.eventsub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.EventHandler;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Fixtures;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RecordChecks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/**
 * What the two handlers of one registry entry received: one registered by the entry's record class, one by its
 * type string. Both see only notifications of the entry's version.
 */
final class Received {
    private final SubscriptionType<?> type;
    private final List<Notification<?>> byClass = new CopyOnWriteArrayList<>();
    private final List<Notification<?>> byType = new CopyOnWriteArrayList<>();

    Received(SubscriptionType<?> type) {
        this.type = type;
    }

    /** The handler to register for the entry's record class. */
    <E extends EventSubEvent> EventHandler<E> classHandler() {
        return n -> {
            if (n.version().equals(type.version())) {
                byClass.add(n);
            }
        };
    }

    /** The handler to register for the entry's type string. */
    EventHandler<EventSubEvent> typeHandler() {
        return n -> {
            if (n.version().equals(type.version())) {
                byType.add(n);
            }
        };
    }

    /**
     * Waits until both handlers received every event of the sent messages (a batched message carries several),
     * then checks each is the entry's record with every field populated.
     */
    void assertDelivered(List<String> messageIds) {
        int perMessage = Fixtures.eventNodes(type).size();
        int expected = messageIds.size() * perMessage;
        Awaitility.await(type + " delivered to both handlers").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> byClass.size() >= expected && byType.size() >= expected);
        assertThat(byClass).hasSize(expected);
        assertThat(byType).hasSize(expected);
        for (Notification<?> n : byClass) {
            assertThat(messageIds).contains(n.messageId());
            assertThat(n.type()).isEqualTo(type.type());
            assertThat(n.event()).isInstanceOf(type.eventClass());
            assertThat(RecordChecks.unpopulated(n.event(), type.eventClass().getSimpleName()))
                    .as("fields of %s left null", type).isEmpty();
        }
        for (Notification<?> n : byType) {
            assertThat(messageIds).contains(n.messageId());
            assertThat(n.event()).isInstanceOf(type.eventClass());
        }
    }
}
