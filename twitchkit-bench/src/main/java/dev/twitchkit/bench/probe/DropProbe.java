package dev.twitchkit.bench.probe;

import dev.twitchkit.bench.loopback.Transports;
import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a benchmark: counts the TCP connections a server dropped while frames were streaming that a WebSocket
 * transport, without the rest of twitchkit, never reported (no close, no error within 3 s). Each round streams 200
 * frames at 200 a second from the mock and drops the connection right after the last send, which can land while a
 * frame is being written (the client gets a truncated frame, then the end of the stream). The JDK's client misses
 * some of these (its socket stays in CLOSE-WAIT); twitchkit then recovers through its liveness probe or keepalive
 * watchdog, but a transport that notices by itself recovers at once.
 *
 * <pre>java -cp ... dev.twitchkit.bench.probe.DropProbe jdk|netty|jetty [rounds]</pre>
 */
public final class DropProbe {
    private DropProbe() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "jdk";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int missed = 0;
        String frame = "{\"metadata\":{\"message_type\":\"notification\"},\"payload\":{\"event\":{\"text\":\""
                + "x".repeat(1500) + "\"}}}";
        try (WebSocketTransport transport = Transports.create(name)) {
            for (int round = 0; round < rounds; round++) {
                try (MockTwitch twitch = MockTwitch.builder().requireSubscription(false).start()) {
                    CompletableFuture<String> ended = new CompletableFuture<>();
                    CountDownLatch welcomed = new CountDownLatch(1);
                    transport.connect(twitch.urls().eventSubWebSocket(), Duration.ofSeconds(10), 1 << 20,
                            new WebSocketListener() {
                                @Override
                                public void onOpen(WebSocketConnection connection) {
                                }

                                @Override
                                public void onText(ByteBuffer utf8, boolean last) {
                                    welcomed.countDown();
                                }

                                @Override
                                public void onText(CharSequence piece, boolean last) {
                                    welcomed.countDown();
                                }

                                @Override
                                public void onPong() {
                                }

                                @Override
                                public void onClose(int code, String reason) {
                                    ended.complete("close " + code);
                                }

                                @Override
                                public void onError(Throwable error) {
                                    ended.complete("error " + error);
                                }
                            }).get(10, TimeUnit.SECONDS);
                    welcomed.await(10, TimeUnit.SECONDS);
                    MockSession session = twitch.latestSession().orElseThrow();
                    long start = System.nanoTime();
                    for (int i = 0; i < 200; i++) {
                        long due = start + i * 5_000_000L;
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        session.sendRaw(frame);
                    }
                    session.dropTcp();
                    try {
                        ended.get(3, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        missed++;
                        System.out.println("round " + round + ": " + name + " did not notice the drop within 3 s");
                    }
                }
            }
        }
        System.out.println("drops missed: " + name + " " + missed + " of " + rounds + " ("
                + System.getProperty("java.runtime.version") + ")");
        System.exit(0);
    }
}
