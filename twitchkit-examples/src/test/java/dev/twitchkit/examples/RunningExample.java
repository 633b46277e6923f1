package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An example whose {@code run} blocks until interrupted, on its own thread: {@link #close()} interrupts it, as
 * Ctrl-C would, and checks it ended with nothing but the interrupt.
 */
final class RunningExample implements AutoCloseable {
    /** An example's blocking {@code run}. */
    interface Body {
        void run() throws Exception;
    }

    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private RunningExample(String name, Body body) {
        thread = new Thread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code body} on a thread named after the example. */
    static RunningExample start(String name, Body body) {
        RunningExample running = new RunningExample(name, body);
        running.thread.start();
        return running;
    }

    /** Waits until the mock holds an enabled subscription of each type (the example is listening). */
    void awaitSubscribed(MockTwitch twitch, String... types) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(failure.get()).as("the example failed").isNull();
            assertThat(twitch.subscriptions()).filteredOn(s -> s.status().equals("enabled"))
                    .extracting(MockSubscription::type).contains(types);
        });
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofSeconds(20).toMillis());
        assertThat(thread.isAlive()).as("the example stopped on the interrupt").isFalse();
        assertThat(failure.get()).as("the example ended only by the interrupt").isNull();
    }
}
