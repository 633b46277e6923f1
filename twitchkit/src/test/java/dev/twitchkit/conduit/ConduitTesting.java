package dev.twitchkit.conduit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientApp;
import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.mock.MockCounters;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.internal.conduit.ConduitStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/** Set-up shared by the conduit tests: a fast mock, clients pointed at it, and delivery bookkeeping. */
final class ConduitTesting {
    private ConduitTesting() {
    }

    static MockTwitch mock() {
        return EventSubTestAccess.fastMock().start();
    }

    private static void configure(ClientApp.Builder<?> b, MockTwitch twitch) {
        b.urls(EventSubTestAccess.urls(twitch))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(60))
                .connectTimeout(Duration.ofSeconds(3))
                .shardConnectTimeout(Duration.ofSeconds(5))
                .shardCheckInterval(Duration.ofSeconds(60))
                .associationLinger(Duration.ofMillis(10))
                .helixSettings(AppTestSupport.FAST)
                .tokenMaintenance(false);
    }

    static ClientApp clientApp(MockTwitch twitch, Consumer<ClientApp.Builder<?>> more) {
        return clientAppBuilder(twitch, more).build();
    }

    static ClientApp.Builder<?> clientAppBuilder(MockTwitch twitch, Consumer<ClientApp.Builder<?>> more) {
        ClientApp.Builder<?> b = ClientApp.builder(twitch.clientId(), twitch.clientSecret());
        configure(b, twitch);
        more.accept(b);
        return b;
    }

    static MultiShardClientApp multi(MockTwitch twitch, Consumer<MultiShardClientApp.Builder> more) {
        return multiBuilder(twitch, more).build();
    }

    static MultiShardClientApp.Builder multiBuilder(MockTwitch twitch, Consumer<MultiShardClientApp.Builder> more) {
        MultiShardClientApp.Builder b = MultiShardClientApp.builder(twitch.clientId(), twitch.clientSecret());
        configure(b, twitch);
        more.accept(b);
        return b;
    }

    /** Users created per mock, reused as broadcasters (Twitch accepts only real users in conditions). */
    private static final Map<MockTwitch, List<String>> USERS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /** Broadcaster ids (mock users) whose notifications the mock routes to {@code shard} of {@code shardCount}. */
    static List<String> broadcastersOf(MockTwitch twitch, int shard, int shardCount, int howMany) {
        List<String> pool = USERS.computeIfAbsent(twitch, t -> new CopyOnWriteArrayList<>());
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < howMany; i++) {
            if (i == pool.size()) {
                pool.add(twitch.createUser("broadcaster" + i).id());
            }
            String id = pool.get(i);
            if (ConduitStore.shardIndex(id, shardCount) == shard) {
                out.add(id);
            }
        }
        return out;
    }

    /** Some broadcaster ids, wherever they route. */
    static List<String> broadcasters(MockTwitch twitch, int howMany) {
        return broadcastersOf(twitch, 0, 1, howMany);
    }

    /** A shard of the mock's conduit. */
    static MockShard shard(MockTwitch twitch, String conduitId, int shardId) {
        return twitch.conduits().stream().filter(c -> c.id().equals(conduitId)).findFirst().orElseThrow()
                .shards().get(shardId);
    }

    static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(condition);
    }

    static List<LifecycleEvent> recordLifecycle(ClientApp app) {
        List<LifecycleEvent> events = new CopyOnWriteArrayList<>();
        app.onLifecycle(LifecycleEvent.class, events::add);
        return events;
    }

    /** Counts each {@code stream.online} message id a client handled. */
    static final class Received {
        private final Map<String, Integer> times = new ConcurrentHashMap<>();

        Received(ClientApp... apps) {
            for (ClientApp app : apps) {
                app.on(StreamOnlineEvent.class, n -> times.merge(n.messageId(), 1, Integer::sum));
            }
        }

        Set<String> ids() {
            return times.keySet();
        }

        /** How many times each id was handled. */
        java.util.Collection<Integer> timesHandled() {
            return times.values();
        }

        /** Every id the mock sent arrived exactly once (what it dropped it never returned from a trigger). */
        void assertSentArrivedOnce(List<String> sent) {
            await(sent.size() + " sent notifications handled", () -> times.keySet().containsAll(sent));
            assertThat(times.values()).as("no notification handled twice").allMatch(n -> n == 1);
        }

        /** Every id arrived exactly once and the mock dropped nothing. */
        void assertAllDelivered(MockTwitch twitch, List<String> triggered) {
            assertThat(twitch.counters().dropped()).as("notifications the mock dropped").isZero();
            try {
                await(triggered.size() + " notifications", () -> times.keySet().containsAll(triggered));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                MockCounters c = twitch.counters();
                List<String> missing = triggered.stream().filter(id -> !times.containsKey(id))
                        .map(id -> triggered.indexOf(id) + ":" + id + " sent " + c.timesSent(id) + "x").toList();
                throw new AssertionError("not handled: " + missing + "; " + c, e);
            }
            assertThat(twitch.counters().dropped()).as("notifications the mock dropped").isZero();
            assertThat(times.values()).as("no notification handled twice").allMatch(n -> n == 1);
        }
    }

    /**
     * Sends one {@code stream.online} per broadcaster and returns the message ids the mock sent; one it dropped
     * (no enabled shard) is counted in its {@code dropped} counter instead.
     */
    static List<String> trigger(MockTwitch twitch, List<String> broadcasters) {
        List<String> ids = new ArrayList<>();
        for (String b : broadcasters) {
            ids.addAll(twitch.trigger("stream.online").broadcaster(b).send());
        }
        return ids;
    }

    static Set<Integer> ids(List<? extends Shard> shards) {
        return shards.stream().map(Shard::id).collect(Collectors.toSet());
    }
}
