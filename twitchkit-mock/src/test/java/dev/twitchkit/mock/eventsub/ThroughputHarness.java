package dev.twitchkit.mock.eventsub;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: measures how many notifications a second one mock socket pushes over loopback into a JDK
 * WebSocket client that discards them. Run after {@code mvn -Dtk.build=target-mes -pl twitchkit-mock -am
 * test-compile} with
 * <pre>
 * java -cp "twitchkit-mock/target-mes/classes:twitchkit-mock/target-mes/test-classes:$(cat cp.txt)" \
 *     dev.twitchkit.mock.eventsub.ThroughputHarness [notificationsPerRun] [runs]
 * </pre>
 * where {@code cp.txt} comes from {@code mvn -pl twitchkit-mock dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Prints each run and the median: the wall-clock rate the client received, and
 * the notifications moved per CPU-second of the whole process (mock and client), which holds even on a
 * loaded machine where the wall rate does not.
 */
public final class ThroughputHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        int perRun = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (MockTwitch twitch = MockTwitch.builder().requireSubscription(false).start()) {
            MockUser streamer = twitch.createUser("streamer");
            AtomicLong received = new AtomicLong();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(twitch.urls().eventSubWebSocket(), new WebSocket.Listener() {
                        private String sessionId;

                        @Override
                        public void onOpen(WebSocket webSocket) {
                            webSocket.request(Long.MAX_VALUE);
                        }

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            if (sessionId == null) {
                                sessionId = data.toString();
                            }
                            if (last) {
                                received.incrementAndGet();
                            }
                            return null;
                        }
                    }).join();
            while (received.get() == 0) {
                Thread.sleep(10);
            }
            String session = twitch.latestSession().orElseThrow().id();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);

            runOnce(twitch, streamer, received, Math.min(perRun, 100_000)); // warm-up
            List<Double> rates = new ArrayList<>();
            List<Double> perCpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long cpuBefore = processCpuNanos();
                double rate = runOnce(twitch, streamer, received, perRun);
                // Mock and client together: how many notifications one CPU-second moves end to end, a figure
                // that holds on a loaded machine where the wall rate does not.
                double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
                rates.add(rate);
                perCpu.add(perRun / cpuSeconds);
                System.out.printf("run %d: %,.0f notifications/s wall; %,.0f per process CPU-second%n",
                        i + 1, rate, perRun / cpuSeconds);
            }
            Collections.sort(rates);
            Collections.sort(perCpu);
            System.out.printf("median of %d runs of %,d: %,.0f notifications/s wall, %,.0f per process CPU-second "
                    + "(%d cores, load average %.1f)%n", runs, perRun, rates.get(rates.size() / 2),
                    perCpu.get(perCpu.size() / 2), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            socket.abort();
        }
    }

    /** CPU time of every live thread (the mock's and the client's are pooled, so none come and go mid-run). */
    private static long processCpuNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    private static double runOnce(MockTwitch twitch, MockUser streamer, AtomicLong received, int count)
            throws InterruptedException {
        twitch.resetCounters();
        long target = received.get() + count;
        long start = System.nanoTime();
        twitch.trigger("stream.online").to(streamer).repeat(count).send();
        while (received.get() < target) {
            Thread.sleep(1);
        }
        long elapsed = System.nanoTime() - start;
        return count / (elapsed / 1e9);
    }
}
