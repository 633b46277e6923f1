package dev.twitchkit.micrometer;

import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.helix.HelixSettings;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/** Clients pointed at the embedded mock with short timings, and waits on meters. */
final class MockClients {
    private static final HelixSettings FAST = new HelixSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(10),
            Duration.ofMillis(50), 3, Duration.ofSeconds(5));

    private MockClients() {
    }

    /** A mock with a short keepalive and reconnect grace, so losses and handovers take milliseconds. */
    static MockTwitch mock() {
        return MockTwitch.builder()
                .minKeepalive(Duration.ofSeconds(1))
                .subscriptionTimeout(Duration.ofSeconds(3))
                .reconnectGrace(Duration.ofSeconds(3))
                .start();
    }

    static TwitchUrls urls(MockTwitch twitch) {
        MockUrls u = twitch.urls();
        return TwitchUrls.of(u.eventSubWebSocket(), u.helix(), u.oauth());
    }

    static ClientUser user(MockTwitch twitch) {
        return ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                .urls(urls(twitch))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(60))
                .connectTimeout(Duration.ofSeconds(3))
                .helixSettings(FAST)
                .tokenMaintenance(false)
                .build();
    }

    static ClientApp conduitApp(MockTwitch twitch) {
        ClientApp.Builder<?> builder = ClientApp.builder(twitch.clientId(), twitch.clientSecret());
        configure(builder, twitch);
        return builder.build();
    }

    static MultiShardClientApp multiShardApp(MockTwitch twitch) {
        MultiShardClientApp.Builder builder = MultiShardClientApp.builder(twitch.clientId(), twitch.clientSecret());
        configure(builder, twitch);
        return builder.build();
    }

    private static void configure(ClientApp.Builder<?> builder, MockTwitch twitch) {
        builder.urls(urls(twitch));
        builder.backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(60));
        builder.connectTimeout(Duration.ofSeconds(3));
        builder.shardConnectTimeout(Duration.ofSeconds(5));
        builder.associationLinger(Duration.ofMillis(10));
        builder.helixSettings(FAST);
        builder.tokenMaintenance(false);
    }

    /** Waits until {@code value} reads {@code expected}; a meter not registered yet reads as not yet. */
    static void awaitValue(String what, Supplier<Double> value, double expected) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    try {
                        return value.get() == expected;
                    } catch (RuntimeException notYetRegistered) {
                        return false;
                    }
                });
    }

    /** A counter's count, a function counter's, a gauge's value or a timer's count; fails while none exists. */
    static double count(MeterRegistry registry, String name, String... tags) {
        Meter meter = registry.get(name).tags(tags).meter();
        if (meter instanceof Counter c) {
            return c.count();
        }
        if (meter instanceof FunctionCounter c) {
            return c.count();
        }
        if (meter instanceof Gauge g) {
            return g.value();
        }
        if (meter instanceof Timer t) {
            return t.count();
        }
        throw new IllegalStateException("not a counted meter: " + meter.getId());
    }
}
