package dev.twitchkit.eventsub;

import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;

/**
 * Per-{@code message_id} accounting of one streamer's follows: what the mock sent (ids it wrote to a socket), what
 * the handler saw and how often, so a fault's cost can be stated exactly: the ids lost, the ids handled twice, and
 * how long until the bot received again.
 */
final class MessageAccounting implements EventHandler<ChannelFollowEvent> {
    private final MockTwitch twitch;
    private final MockUser streamer;
    private final Set<String> sent = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final Map<String, Integer> handled = new ConcurrentHashMap<>();

    MessageAccounting(MockTwitch twitch, MockUser streamer) {
        this.twitch = twitch;
        this.streamer = streamer;
    }

    @Override
    public void handle(Notification<ChannelFollowEvent> notification) {
        handled.merge(notification.messageId(), 1, Integer::sum);
    }

    /** Sends {@code count} follows now; the ids the mock sent (none while nothing is subscribed). */
    List<String> send(int count) {
        List<String> ids = twitch.trigger("channel.follow").to(streamer).repeat(count).send();
        sent.addAll(ids);
        return ids;
    }

    /** Waits until every one of {@code ids} was handled. */
    void awaitHandled(List<String> ids, Duration bound) {
        Awaitility.await(ids.size() + " notifications handled").atMost(bound).pollInterval(Duration.ofMillis(5))
                .until(() -> handled.keySet().containsAll(ids));
    }

    /** How a bot came back: after how long, and the probes sent before it did (which may be lost). */
    record Recovery(Duration gap, List<String> unanswered) {
    }

    /**
     * Sends a follow every 20 ms until one is handled; how long that took is the time to receive again. Probes sent
     * before the first handled one may be lost (no session was subscribed yet); every later one must arrive.
     */
    Recovery probeUntilReceiving(Duration bound) {
        long start = System.nanoTime();
        List<String> probes = new ArrayList<>();
        Awaitility.await("receiving again").atMost(bound).pollInterval(Duration.ofMillis(20)).until(() -> {
            probes.addAll(send(1));
            return probes.stream().anyMatch(handled::containsKey);
        });
        Duration gap = Duration.ofNanos(System.nanoTime() - start);
        int first = 0;
        while (!handled.containsKey(probes.get(first))) {
            first++;
        }
        return new Recovery(gap, List.copyOf(probes.subList(0, first)));
    }

    /** Ids the mock sent that no handler saw. */
    Set<String> lost() {
        Set<String> out = new LinkedHashSet<>();
        synchronized (sent) {
            for (String id : sent) {
                if (!handled.containsKey(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** Ids a handler saw more than once. */
    Set<String> duplicated() {
        Set<String> out = new LinkedHashSet<>();
        handled.forEach((id, times) -> {
            if (times > 1) {
                out.add(id);
            }
        });
        return out;
    }

    /** Ids handled that the mock never sent through a trigger (resends and raw frames of the test). */
    Set<String> handledIds() {
        return handled.keySet();
    }
}
