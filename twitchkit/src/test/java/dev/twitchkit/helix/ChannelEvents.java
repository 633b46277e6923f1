package dev.twitchkit.helix;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A {@code ClientUser} logged in as a broadcaster that keeps every notification it receives: the tests of Helix
 * writes subscribe it to the types a write raises and wait for the event carrying the written ids.
 */
public final class ChannelEvents implements AutoCloseable {
    private final ClientUser client;
    private final List<Notification<?>> received = new CopyOnWriteArrayList<>();

    private ChannelEvents(ClientUser client) {
        this.client = client;
        client.on(EventSubEvent.class, received::add);
    }

    /** A client logged in with {@code broadcaster}'s token, not yet subscribed to anything. */
    public static ChannelEvents of(MockTwitch twitch, MockUser broadcaster) {
        ChannelEvents events = new ChannelEvents(EventSubTestAccess.client(twitch));
        events.client.start(broadcaster.accessToken(), broadcaster.refreshToken()).join();
        return events;
    }

    /** Subscribes, e.g. {@code subscribe(c -> c.eventsub().channelPollBegin(id))}, and waits until it is enabled. */
    public ChannelEvents subscribe(Function<ClientUser, CompletableFuture<?>> subscription) {
        subscription.apply(client).join();
        return this;
    }

    /** The first event of {@code type} that matches, waiting up to 10 s for it. */
    public <E extends EventSubEvent> E await(Class<E> type, Predicate<E> matching) {
        return Awaitility.await(type.getSimpleName()).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> find(type, matching), e -> e != null);
    }

    /** Every event of {@code type} received so far. */
    public <E extends EventSubEvent> List<E> all(Class<E> type) {
        return received.stream().map(Notification::event).filter(type::isInstance).map(type::cast).toList();
    }

    private <E extends EventSubEvent> E find(Class<E> type, Predicate<E> matching) {
        return all(type).stream().filter(matching).findFirst().orElse(null);
    }

    @Override
    public void close() {
        client.close();
    }
}
