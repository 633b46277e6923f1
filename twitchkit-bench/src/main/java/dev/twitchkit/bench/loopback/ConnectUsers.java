package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Connecting many users as a process running many bots would: every account's client started at once (one
 * {@code channel.chat.message} subscription each, on its own socket), until the mock holds every subscription
 * enabled. The mock runs in a JVM of its own; the figures are the wall time and this JVM's process CPU time over
 * that span, less what the harness's thread spends asking the mock.
 */
public final class ConnectUsers {
    private ConnectUsers() {
    }

    public static Result run(String library, int users) throws Exception {
        try (MockProcess mock = MockProcess.start(users);
             Subject subject = Subject.create(library, mock.endpoints, new Receiver(1), true)) {
            long cpuStart = ProcessCpu.nanos();
            long start = System.nanoTime();
            List<CompletableFuture<Void>> connecting = new ArrayList<>();
            for (Account account : mock.accounts) {
                connecting.add(subject.connectAsync(account, List.of(account.id())));
            }
            CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
            // The polling reads the mock's whole subscription list every 5 ms on this thread: its CPU is the
            // harness's, not the library's (Twitch4J's connect returns at once, so it polls for long).
            long pollStart = ProcessCpu.currentThreadNanos();
            InProcessRun.awaitUntil(users + " subscriptions at the mock", Duration.ofSeconds(300), () -> {
                try {
                    return mock.enabledSubscriptions() == users;
                } catch (IOException e) {
                    return false;
                }
            });
            long elapsed = System.nanoTime() - start;
            long cpu = ProcessCpu.nanos() - cpuStart - (ProcessCpu.currentThreadNanos() - pollStart);
            return new Result("connect", library)
                    .put("users", users)
                    .put("connect_all_ms", Math.round(elapsed / 1e6))
                    .put("connect_cpu_ms", Math.round(cpu / 1e6))
                    .put("threads_after", Thread.activeCount());
        }
    }
}
