package dev.twitchkit.helix;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * A {@link ClientUser} of one mock user, subscribed to the EventSub types a Helix write should raise, recording
 * every event it receives, so a test proves the write reached a subscriber with the ids written.
 */
public final class EventProbe implements AutoCloseable {
    /** One received notification: its type and the event object as sent. */
    public record Received(String type, JsonNode event) {
    }

    private final ClientUser client;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private EventProbe(ClientUser client) {
        this.client = client;
    }

    /** A started client on a fresh token of {@code user} with {@code scopes}. */
    public static EventProbe start(MockTwitch twitch, MockUser user, String... scopes) {
        MockUser token = twitch.issueToken(user.id(), scopes);
        EventProbe probe = new EventProbe(EventSubTestAccess.client(twitch));
        probe.client.start(token.accessToken(), token.refreshToken()).join();
        return probe;
    }

    /** Subscribes to {@code type} with {@code condition} and records what arrives (waits for the subscription). */
    public EventProbe subscribe(String type, String version, Map<String, String> condition) {
        client.onRaw(type, n -> received.add(new Received(type, n.rawEvent())));
        client.eventsub().subscribe(type, version, condition).join();
        return this;
    }

    /** Waits up to 10 s for an event of {@code type} matching {@code match}, and returns it. */
    public JsonNode await(String type, Predicate<JsonNode> match) {
        return Awaitility.await(type).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> received.stream().filter(r -> r.type().equals(type) && match.test(r.event()))
                        .map(Received::event).findFirst().orElse(null), e -> e != null);
    }

    /** How many events of {@code type} matching {@code match} arrived so far. */
    public long count(String type, Predicate<JsonNode> match) {
        return received.stream().filter(r -> r.type().equals(type) && match.test(r.event())).count();
    }

    /** Every event received so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        client.close();
    }
}
