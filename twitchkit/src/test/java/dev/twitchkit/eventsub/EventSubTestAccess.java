package dev.twitchkit.eventsub;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.mock.MockTwitch;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.awaitility.Awaitility;

/** Shared set-up of the engine's tests: a fast mock and a client pointed at it. */
public final class EventSubTestAccess {
    private EventSubTestAccess() {
    }

    /** A mock with protocol timers short enough for tests (1 s keepalive floor, 2 s reconnect grace). */
    public static MockTwitch.Builder fastMock() {
        return MockTwitch.builder()
                .minKeepalive(Duration.ofSeconds(1))
                .subscriptionTimeout(Duration.ofSeconds(3))
                .reconnectGrace(Duration.ofSeconds(3));
    }

    public static TwitchUrls urls(MockTwitch twitch) {
        return TwitchUrls.forMock(twitch.urls().base());
    }

    /** A client of the mock's default app with a short backoff; {@code more} adjusts the builder. */
    public static ClientUser client(MockTwitch twitch, Consumer<ClientUser.Builder> more) {
        ClientUser.Builder builder = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                .urls(urls(twitch))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(60))
                .connectTimeout(Duration.ofSeconds(3))
                .tokenMaintenance(false);
        more.accept(builder);
        return builder.build();
    }

    public static ClientUser client(MockTwitch twitch) {
        return client(twitch, b -> { });
    }

    /** Records every lifecycle event of a client, in order. */
    public static List<LifecycleEvent> recordLifecycle(ClientUser client) {
        List<LifecycleEvent> events = new CopyOnWriteArrayList<>();
        client.onLifecycle(LifecycleEvent.class, events::add);
        return events;
    }

    public static void awaitTrue(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
