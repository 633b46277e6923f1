package dev.twitchkit.bench.probe;

import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockTwitch;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a benchmark: shows that the JDK's own {@link WebSocket} client, without twitchkit, sometimes never hears of
 * a TCP connection the server dropped while frames were streaming: no {@code onClose}, no {@code onError}, and its
 * socket stays in CLOSE-WAIT. Each round streams 200 frames at 200 a second from the mock, drops the connection
 * right after the last send, and waits 3 s. It happens only when the drop lands while a frame is being written
 * (the client gets a truncated frame, then the end of the stream): dropping 50 ms after the last frame was noticed
 * in 16 of 16 rounds. twitchkit inherits this and recovers only through its keepalive watchdog (about 1.2 × the
 * keepalive); see BENCHMARKS.md, section 5.
 *
 * <pre>java -cp ... dev.twitchkit.bench.probe.JdkWebSocketDropProbe [rounds]</pre>
 */
public final class JdkWebSocketDropProbe {
    private JdkWebSocketDropProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int missed = 0;
        String frame = "{\"metadata\":{\"message_type\":\"notification\"},\"payload\":{\"event\":{\"text\":\""
                + "x".repeat(1500) + "\"}}}";
        for (int round = 0; round < rounds; round++) {
            try (MockTwitch twitch = MockTwitch.builder().requireSubscription(false).start()) {
                CompletableFuture<String> ended = new CompletableFuture<>();
                CountDownLatch welcomed = new CountDownLatch(1);
                HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(twitch.urls().eventSubWebSocket(),
                        new WebSocket.Listener() {
                            @Override
                            public void onOpen(WebSocket ws) {
                                ws.request(1);
                            }

                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                welcomed.countDown();
                                ws.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
                                ws.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                                ended.complete("close " + code);
                                return null;
                            }

                            @Override
                            public void onError(WebSocket ws, Throwable error) {
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
                    System.out.println("round " + round + ": the JDK client did not notice the drop within 3 s");
                }
            }
        }
        System.out.println("drops the JDK WebSocket client missed: " + missed + " of " + rounds + " ("
                + System.getProperty("java.runtime.version") + ")");
        System.exit(0);
    }
}
