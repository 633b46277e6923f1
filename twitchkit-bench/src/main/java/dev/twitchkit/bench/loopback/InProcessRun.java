package dev.twitchkit.bench.loopback;

import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A mock and one library's client in this JVM (so {@link System#nanoTime()} stamps compare), the client
 * subscribed to one broadcaster's chat. Closes both.
 */
public final class InProcessRun implements AutoCloseable {
    public final MockTwitch twitch;
    public final MockUser user;
    public final Subject subject;

    public InProcessRun(String library, ChatSink sink) throws Exception {
        this.twitch = MockTwitch.start();
        this.user = twitch.createUser("bench_user", "user:read:chat");
        this.subject = Subject.create(library, Endpoints.of(twitch), sink);
        subject.connect(Account.of(user), List.of(user.id()));
        awaitUntil("the chat subscription at the mock", Duration.ofSeconds(30),
                () -> enabledSubscriptions(twitch, user.id()) == 1);
    }

    /** The client's chat subscription as the mock holds it. */
    public MockSubscription subscription() {
        return twitch.subscriptions().stream()
                .filter(s -> s.status().equals("enabled") && user.id().equals(s.userId()))
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no enabled subscription"));
    }

    /** The session the subscription delivers to now. */
    public MockSession session() {
        return twitch.session(subscription().target());
    }

    public static long enabledSubscriptions(MockTwitch twitch, String userId) {
        return twitch.subscriptions().stream()
                .filter(s -> s.status().equals("enabled") && userId.equals(s.userId())).count();
    }

    /** Polls every 5 ms; throws when {@code timeout} passes first. */
    public static void awaitUntil(String what, Duration timeout, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        try {
            subject.close();
        } finally {
            twitch.close();
        }
    }
}
