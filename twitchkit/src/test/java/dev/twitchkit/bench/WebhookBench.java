package dev.twitchkit.bench;

import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.webhook.WebhookReceiver;
import dev.twitchkit.webhook.WebhookSecret;
import dev.twitchkit.webhook.WebhookServer;
import dev.twitchkit.webhook.internal.SignatureCheck;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: the webhook receiver's numbers on this machine, with a {@code channel.follow} notification as Twitch
 * sends it (about 600 bytes).
 * <ol>
 *   <li>CPU per verification: the process's CPU time (the module reads no {@code java.management}) over a loop of
 *       {@link SignatureCheck#verify} on one thread (HMAC-SHA256 over id, timestamp and body, constant-time
 *       compare), and the wall time, per call after a warm-up.</li>
 *   <li>{@link WebhookReceiver#handle} called directly on one thread: every rule, decode of the envelope, dedupe and
 *       the hand-off to dispatch, without HTTP.</li>
 *   <li>Signed notifications a second through {@link WebhookServer} (the JDK's built-in server) over loopback,
 *       each handled by a typed handler: sent by the JDK HTTP client with {@code inFlight} requests at a time, and
 *       by {@code inFlight / 4} plain keep-alive sockets sending one request at a time each (a lighter sender: both
 *       share the machine's cores with the receiver).</li>
 * </ol>
 * Run (from the repository root):
 * <pre>
 * mvn -q -o -pl twitchkit -am test-compile
 * mvn -q -o -pl twitchkit -am dependency:build-classpath -Dmdep.outputFile=/tmp/tk-cp.txt
 * java -Xms512m -Xmx512m -cp "twitchkit/target/classes:twitchkit/target/test-classes:$(cat /tmp/tk-cp.txt)" \
 *     dev.twitchkit.bench.WebhookBench [seconds] [inFlight]
 * </pre>
 * (Without the dependency plugin offline: the class path is jackson-databind and jackson-core 3.3.0,
 * jackson-annotations 2.23, slf4j-api and slf4j-simple 2.0.17 from {@code ~/.m2}.)
 */
public final class WebhookBench {
    private static final String BODY = "{\"subscription\":{\"id\":\"f1c2a387-161a-49f9-a165-0f21d7a4e1c4\","
            + "\"status\":\"enabled\",\"type\":\"channel.follow\",\"version\":\"2\",\"condition\":{"
            + "\"broadcaster_user_id\":\"1337\",\"moderator_user_id\":\"1337\"},\"transport\":{\"method\":\"webhook\","
            + "\"callback\":\"https://example.com/webhooks/callback\"},"
            + "\"created_at\":\"2019-11-16T10:11:12.634234626Z\",\"cost\":0},"
            + "\"event\":{\"user_id\":\"1234\",\"user_login\":\"cool_user\",\"user_name\":\"Cool_User\","
            + "\"broadcaster_user_id\":\"1337\",\"broadcaster_user_login\":\"cooler_user\","
            + "\"broadcaster_user_name\":\"Cooler_User\",\"followed_at\":\"2020-07-15T18:16:11.17106713Z\"}}";

    private WebhookBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.out.printf("body %d bytes, %d cores%n", BODY.length(), Runtime.getRuntime().availableProcessors());
        verification();
        try (WebhookClient client = WebhookClient.builder("benchclientid", "benchclientsecret")
                .tokenMaintenance(false).build()) {
            AtomicLong handled = new AtomicLong();
            client.on(ChannelFollowEvent.class, n -> handled.incrementAndGet());
            direct(client, handled, seconds);
            WebhookServer server = client.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    "/twitch");
            overHttp(client, server, handled, seconds, inFlight);
            overSockets(client, server, handled, seconds, Math.max(1, inFlight / 4));
        }
    }

    private static void verification() {
        WebhookSecret secret = WebhookSecret.generate();
        SignatureCheck check = new SignatureCheck(secret);
        String id = UUID.randomUUID().toString();
        String timestamp = Instant.now().toString();
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String signature = SignatureCheck.signature(secret, id, timestamp, body);
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] tsBytes = timestamp.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 3; round++) {
            int n = 500_000;
            long cpuStart = processCpuNanos();
            long wallStart = System.nanoTime();
            long ok = 0;
            for (int i = 0; i < n; i++) {
                ok += check.verify(signature, idBytes, tsBytes, body, body.length) ? 1 : 0;
            }
            long wallPerOp = (System.nanoTime() - wallStart) / n;
            long perOp = (processCpuNanos() - cpuStart) / n;
            if (ok != n) {
                throw new IllegalStateException("a verification failed");
            }
            System.out.printf("verification round %d: %,d ns CPU (process), %,d ns wall per notification%n", round,
                    perOp, wallPerOp);
        }
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static Map<String, String> headers(WebhookSecret secret) {
        String id = UUID.randomUUID().toString();
        String timestamp = Instant.now().toString();
        return Map.of("Twitch-Eventsub-Message-Id", id, "Twitch-Eventsub-Message-Timestamp", timestamp,
                "Twitch-Eventsub-Message-Type", "notification", "Twitch-Eventsub-Message-Signature",
                SignatureCheck.signature(secret, id, timestamp, BODY.getBytes(StandardCharsets.UTF_8)));
    }

    private static void direct(WebhookClient client, AtomicLong handled, int seconds) {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        WebhookReceiver receiver = client.receiver();
        for (int round = 0; round < 2; round++) {
            long startHandled = handled.get();
            long sent = 0;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                Map<String, String> h = headers(client.secret());
                if (receiver.handle("POST", h, body).status() != 204) {
                    throw new IllegalStateException("refused");
                }
                sent++;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("direct handle() round %d: %,.0f notifications/s accepted (%,d handled so far)%n",
                    round, sent / elapsed, handled.get() - startHandled);
        }
    }

    private static void overHttp(WebhookClient client, WebhookServer server, AtomicLong handled, int seconds,
                                 int inFlight) throws Exception {
        URI uri = server.localUri();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int round = 0; round < 3; round++) {
            Semaphore window = new Semaphore(inFlight);
            AtomicLong accepted = new AtomicLong();
            long startHandled = handled.get();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                window.acquire();
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString(BODY));
                headers(client.secret()).forEach(request::header);
                CompletableFuture<HttpResponse<Void>> sent = http.sendAsync(request.build(),
                        HttpResponse.BodyHandlers.discarding());
                sent.whenComplete((r, e) -> {
                    if (r != null && r.statusCode() == 204) {
                        accepted.incrementAndGet();
                    }
                    window.release();
                });
            }
            window.acquire(inFlight);
            double elapsed = (System.nanoTime() - start) / 1e9;
            awaitHandled(handled, startHandled + accepted.get());
            System.out.printf("HTTP client round %d (%d in flight): %,.0f signed notifications/s accepted and "
                    + "handled%n", round, inFlight, accepted.get() / elapsed);
        }
    }

    private static void overSockets(WebhookClient client, WebhookServer server, AtomicLong handled, int seconds,
                                    int connections) throws Exception {
        for (int round = 0; round < 3; round++) {
            AtomicLong accepted = new AtomicLong();
            long startHandled = handled.get();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            List<Thread> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Thread t = new Thread(() -> sendOnOneSocket(client, server.port(), end, accepted), "sender-" + c);
                t.start();
                senders.add(t);
            }
            for (Thread t : senders) {
                t.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            awaitHandled(handled, startHandled + accepted.get());
            System.out.printf("plain sockets round %d (%d connections): %,.0f signed notifications/s accepted and "
                    + "handled%n", round, connections, accepted.get() / elapsed);
        }
    }

    /** One keep-alive connection: a request, its answer, the next request, until {@code end}. */
    private static void sendOnOneSocket(WebhookClient client, int port, long end, AtomicLong accepted) {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (System.nanoTime() < end) {
                StringBuilder request = new StringBuilder("POST /twitch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n");
                headers(client.secret()).forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
                out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                if (readStatus(in) == 204) {
                    accepted.incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of an answer without a body (the receiver's 204), read up to its blank line. */
    private static int readStatus(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            head.append((char) b);
        }
        return Integer.parseInt(head.substring(9, 12));
    }

    private static void awaitHandled(AtomicLong handled, long target) {
        while (handled.get() < target) {
            Thread.onSpinWait();
        }
    }
}
