package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientApp;
import dev.twitchkit.mock.MockShard;
import dev.twitchkit.mock.MockTwitch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A conduit of two shards run by separate JVMs ({@link ConduitShardProcess}), the mock in this one. The processes'
 * shard check runs only every 60 s, so every outcome here within the 30 s awaits comes from the mechanisms under
 * test: the standby's poll (every second), the confirmation after taking a shard, and the restore of a disabled
 * shard by whichever process hears of it. The measured times are printed, not asserted.
 */
class ConduitProcessesTest {
    private static final long SHARD_CHECK_MILLIS = 60_000;
    private static final long STANDBY_POLL_MILLIS = 1_000;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<Child> children = new ArrayList<>();
    private MockTwitch twitch;
    private ClientApp admin;
    private String conduitId;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        admin = ConduitTesting.clientApp(twitch, b -> { });
        await(admin.authorize());
        conduitId = await(admin.conduits().create(2)).id();
    }

    @AfterEach
    void stop() throws Exception {
        for (Child child : children) {
            child.stop();
        }
        admin.close();
        twitch.close();
    }

    @Test
    void aStandbyTakesTheShardOfAKilledProcessAndTheNotificationsMeanwhileAreAccountedFor() {
        List<String> onShard0 = ConduitTesting.broadcastersOf(twitch, 0, 2, 2);
        List<String> onShard1 = ConduitTesting.broadcastersOf(twitch, 1, 2, 2);
        List<String> everyone = new ArrayList<>(onShard0);
        everyone.addAll(onShard1);
        everyone.forEach(b -> await(admin.eventsub(conduitId).streamOnline(b)));
        Child first = launch();
        Child second = launch();
        Child standby = launch();
        awaitAll(List.of(first, second, standby), "authorized", Child::authorized);
        first.send("connect");
        awaitUntil("the first process holds shard 0", () -> holds(first, 0));
        second.send("connect");
        awaitUntil("the second process holds shard 1", () -> holds(second, 1));
        standby.send("connect");
        List<String> before = ConduitTesting.trigger(twitch, everyone);
        awaitUntil("the notifications before the kill handled", () -> handledBy(before, first, second).size()
                == before.size());

        long droppedBefore = twitch.counters().dropped();
        long killedAt = System.nanoTime();
        first.kill();
        awaitUntil("the mock marks shard 0 disabled", () -> !shard(0).enabled());
        long disabledAt = System.nanoTime();
        List<String> meanwhile = new CopyOnWriteArrayList<>();
        AtomicInteger triggered = new AtomicInteger();
        Awaitility.await("the standby holds shard 0").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    triggered.addAndGet(onShard0.size());
                    meanwhile.addAll(ConduitTesting.trigger(twitch, onShard0));
                    return holds(standby, 0);
                });
        long heldAt = System.nanoTime();
        long dropped = twitch.counters().dropped() - droppedBefore;
        awaitUntil("every notification sent meanwhile handled", () -> handledBy(meanwhile, second, standby).size()
                == meanwhile.size());
        long viaRetryShard = meanwhile.stream().filter(second.handled::containsKey).count();
        long viaStandby = meanwhile.stream().filter(standby.handled::containsKey).count();
        System.out.printf("kill -9 -> shard 0 disabled at the mock: %d ms; disabled -> standby holds it: %d ms;"
                        + " shard-0 notifications meanwhile: %d triggered, %d delivered through the retry shard,"
                        + " %d by the standby, %d dropped by the mock%n", millis(killedAt, disabledAt),
                millis(disabledAt, heldAt), triggered.get(), viaRetryShard, viaStandby, dropped);

        assertThat(meanwhile.size() + dropped).as("every trigger was sent or counted dropped")
                .isEqualTo(triggered.get());
        assertThat(second.holding()).as("the second process kept its shard").containsOnlyKeys(1);
        List<String> after = ConduitTesting.trigger(twitch, onShard0);
        awaitUntil("the standby handles shard 0's notifications", () -> handledBy(after, standby).size()
                == after.size());
    }

    @Test
    void twoProcessesRacingForTheSameFreeShardEndOnDifferentShardsWithinSeconds() {
        Child one = launch();
        Child other = launch();
        awaitAll(List.of(one, other), "authorized", Child::authorized);
        long goAt = System.nanoTime();
        one.send("connect");
        other.send("connect");
        awaitUntil("each process holds its own shard, as Twitch sees it", () -> {
            Set<Integer> a = one.holding().keySet();
            Set<Integer> b = other.holding().keySet();
            return a.size() == 1 && b.size() == 1 && !a.equals(b)
                    && holds(one, a.iterator().next()) && holds(other, b.iterator().next());
        });
        boolean raced = one.released.get() + other.released.get() > 0;
        System.out.printf("two processes connecting at once: settled on different shards after %d ms (%s)%n",
                millis(goAt, System.nanoTime()), raced ? "they raced for one shard; the overridden one moved on"
                        : "no race this time: the second saw the first's shard enabled");
    }

    @Test
    void aDisabledShardComesBackWithinSecondsWhicheverProcessHearsOfIt() {
        Child zero = launch();
        Child one = launch();
        awaitAll(List.of(zero, one), "authorized", Child::authorized);
        zero.send("connect");
        awaitUntil("a process holds shard 0", () -> holds(zero, 0));
        one.send("connect");
        awaitUntil("a process holds shard 1", () -> holds(one, 1));
        awaitUntil("the conduit is subscribed to conduit.shard.disabled", () -> twitch.subscriptions().stream()
                .anyMatch(s -> s.type().equals("conduit.shard.disabled")));

        for (Child owner : List.of(zero, one)) {
            int shardId = owner == zero ? 0 : 1;
            String session = shard(shardId).sessionId();
            long disabledAt = System.nanoTime();
            twitch.setShardStatus(conduitId, Integer.toString(shardId), "websocket_internal_error");
            awaitUntil("shard " + shardId + " enabled again on its owner's session", () -> holds(owner, shardId)
                    && session.equals(shard(shardId).sessionId()));
            System.out.printf("shard %d disabled at the mock while its owner's socket stays open: enabled again"
                    + " after %d ms%n", shardId, millis(disabledAt, System.nanoTime()));
        }
    }

    // ---- helpers ----

    /** Whether {@code child} says it holds {@code shardId} and the mock has the shard enabled on that session. */
    private boolean holds(Child child, int shardId) {
        String session = child.holding().get(shardId);
        MockShard atTwitch = shard(shardId);
        return session != null && atTwitch.enabled() && session.equals(atTwitch.sessionId());
    }

    private MockShard shard(int shardId) {
        return ConduitTesting.shard(twitch, conduitId, shardId);
    }

    /** The ids of {@code sent} that one of {@code children} handled. */
    private static Set<String> handledBy(List<String> sent, Child... children) {
        Set<String> handled = new HashSet<>();
        for (Child child : children) {
            sent.stream().filter(child.handled::containsKey).forEach(handled::add);
        }
        return handled;
    }

    private static void awaitUntil(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(condition);
    }

    private static void awaitAll(List<Child> children, String what, java.util.function.Predicate<Child> test) {
        awaitUntil(children.size() + " processes " + what, () -> children.stream().allMatch(test));
    }

    private static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }

    private Child launch() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ConduitShardProcess.class.getName(), conduitId,
                    twitch.clientId(), twitch.clientSecret(), twitch.urls().eventSubWebSocket().toString(),
                    twitch.urls().helix().toString(), twitch.urls().oauth().toString(),
                    Long.toString(SHARD_CHECK_MILLIS), Long.toString(STANDBY_POLL_MILLIS)).start();
            Child child = new Child(p);
            children.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running {@link ConduitShardProcess}: what it reported so far, and its standard input. */
    private static final class Child {
        private final Process process;
        private final Writer in;
        /** Shard id to session, for the shards it holds now. */
        private final Map<Integer, String> holding = new ConcurrentHashMap<>();
        /** Times each {@code stream.online} message id was handled. */
        private final Map<String, Integer> handled = new ConcurrentHashMap<>();
        private final AtomicInteger released = new AtomicInteger();
        private volatile boolean authorized;

        Child(Process process) {
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            daemon("child-stdout-" + process.pid(), this::readReports);
            daemon("child-stderr-" + process.pid(), this::copyErrors);
        }

        private static void daemon(String name, Runnable task) {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        }

        private void readReports() {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("@ ")) {
                        take(line.substring(2).split(" "));
                    }
                }
            } catch (IOException e) {
                System.err.println("lost the reports of process " + process.pid() + ": " + e);
            }
        }

        private void take(String[] report) {
            switch (report[0]) {
                case "authorized" -> authorized = true;
                case "holds" -> holding.put(Integer.parseInt(report[1]), report[2]);
                case "released" -> {
                    holding.remove(Integer.parseInt(report[1]));
                    released.incrementAndGet();
                }
                case "got" -> handled.merge(report[1], 1, Integer::sum);
                default -> throw new IllegalStateException("unknown report: " + String.join(" ", report));
            }
        }

        /** Its standard error into this JVM's, which the test report keeps. */
        private void copyErrors() {
            try {
                process.getErrorStream().transferTo(System.err);
            } catch (IOException e) {
                System.err.println("lost the standard error of process " + process.pid() + ": " + e);
            }
        }

        boolean authorized() {
            return authorized;
        }

        Map<Integer, String> holding() {
            return holding;
        }

        void send(String line) {
            try {
                in.write(line + "\n");
                in.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** kill -9: the socket is closed by the operating system, nothing said to Twitch. */
        void kill() {
            process.destroyForcibly();
        }

        /** Closes its input, which ends it; kills it if it does not end (a killed one has ended already). */
        void stop() throws Exception {
            try {
                in.close();
            } catch (IOException e) {
                // it is dead already
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
