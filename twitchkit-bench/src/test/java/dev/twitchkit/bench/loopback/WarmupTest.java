package dev.twitchkit.bench.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void aRoundWithoutCompilingIsQuietAtOnce() throws Exception {
        List<Integer> rounds = new ArrayList<>();
        Warmup.untilJitQuiet(round -> {
            rounds.add(round);
            burn(50_000_000L); // CPU in plain loops the JIT compiled long ago, after a first round
        });
        assertThat(rounds).startsWith(0).hasSizeLessThanOrEqualTo(Warmup.MAX_ROUNDS);
        assertThat(rounds).containsExactlyElementsOf(java.util.stream.IntStream.range(0, rounds.size()).boxed()
                .toList());
    }

    @Test
    void threadCpuGroupsThreadsByNameWithoutDigits() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
        ThreadCpu before = ThreadCpu.snapshot();
        Thread burner = new Thread(() -> burn(200_000_000L), "burner-7");
        burner.start();
        burner.join();
        Thread idle = new Thread(() -> { }, "idle-3");
        idle.start();
        idle.join();
        // Ended threads drop out of a snapshot: take one while a burner still lives.
        Thread living = new Thread(() -> {
            burn(200_000_000L);
            sleep(300);
        }, "burner-8");
        living.start();
        sleep(150);
        assertThat(ThreadCpu.snapshot().millisSince(before)).containsKey("burner-").doesNotContainKey("idle-");
        living.join();
    }

    private static void burn(long nanos) {
        long end = System.nanoTime() + nanos;
        long x = 0;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        if (x == 42) {
            System.out.println(x);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
