package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.eventsub.internal.socket.EventSubSocket;
import dev.twitchkit.transport.JdkWebSocketTransport;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The liveness probe against a peer that keeps the TCP connection open but stops talking: a raw WebSocket server
 * that welcomes with a 4 s keepalive (watchdog: 5 s of silence) and then sends nothing, answering pings or not.
 * Probe: a ping after 1 s of silence, lost when no pong comes 1 s later.
 */
class LivenessProbeTest {
    private static final int KEEPALIVE_SECONDS = 4;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicLong welcomedAt = new AtomicLong();
    private final AtomicReference<String> lostReason = new AtomicReference<>();
    private SilentPeer peer;
    private SessionMachine machine;

    @AfterEach
    void stop() throws IOException {
        if (machine != null) {
            machine.close();
        }
        scheduler.shutdownNow();
        peer.close();
    }

    @Test
    void aPeerThatAnswersNothingIsLostByTheProbeBeforeTheKeepaliveWatchdog() throws Exception {
        start(false, true, 0);

        String loss = awaitLoss();
        assertThat(loss).as("the probe's verdict, not the watchdog's").contains("no pong")
                .doesNotContain("no keepalive");
        assertThat(peer.pings.get()).isEqualTo(1);
        assertThat(machine.counters().keepaliveTimeouts()).isEqualTo(1);
        assertThat(heard).contains("lost s1 1006");
    }

    @Test
    void aPeerThatAnswersThePingKeepsTheSessionAndIsPingedOncePerSilence() throws Exception {
        start(true, true, 0);

        // The protocol's own rule still holds: no keepalive for 1.2 keepalives is a loss, pongs or not. That the
        // watchdog, not the probe, ended it shows the answered ping kept the session until then.
        String loss = awaitLoss();
        assertThat(loss).contains("no keepalive or notification").doesNotContain("no pong");
        assertThat(peer.pings.get()).as("one ping per silence, however long").isEqualTo(1);
    }

    @Test
    void messagesKeepTheProbeQuiet() throws Exception {
        start(false, true, 300);

        // Twelve keepalives 300 ms apart span more than twice the probe's 1 s of silence had they not counted.
        await().atMost(Duration.ofSeconds(30)).until(() -> peer.keepalivesSent.get() >= 12);
        assertThat(peer.pings.get()).isZero();
        assertThat(machine.state()).isEqualTo(SessionState.CONNECTED);
    }

    @Test
    void switchedOffOnlyTheWatchdogNoticesTheSilence() throws Exception {
        start(false, false, 0);

        String loss = awaitLoss();
        assertThat(loss).contains("no keepalive or notification");
        assertThat(peer.pings.get()).isZero();
    }

    /** Waits for the session's loss and returns the reason the machine gave. */
    private String awaitLoss() {
        await().atMost(Duration.ofSeconds(30)).until(() -> lostReason.get() != null);
        return lostReason.get();
    }

    /** Starts the peer and a machine connected to it, and waits for the welcome. */
    private void start(boolean answerPings, boolean probe, int keepaliveEveryMillis) throws IOException {
        peer = new SilentPeer(answerPings, keepaliveEveryMillis);
        SessionSettings settings = new SessionSettings(peer.uri(), null, 1.2, Duration.ofSeconds(2),
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(10), 1000,
                Duration.ofMinutes(10), probe);
        machine = new SessionMachine("probe-test", settings,
                (uri, listener) -> EventSubSocket.connect(JdkWebSocketTransport.using(http), uri,
                        Duration.ofSeconds(2), EventSubSocket.DEFAULT_MAX_MESSAGE_CHARS, listener, scheduler),
                new MessageDecoder((t, v) -> Optional.empty()), new SessionListener() {
                    @Override
                    public void onSessionStarted(String sessionId, Start start, String previousSessionId) {
                        welcomedAt.set(System.nanoTime());
                        heard.add(start + " " + sessionId);
                    }

                    @Override
                    public void onNotification(Message.Notification notification) {
                    }

                    @Override
                    public void onRevocation(Message.Revocation revocation) {
                    }

                    @Override
                    public void onDisconnected(String sessionId, int code, String reason, boolean willReconnect) {
                        lostReason.compareAndSet(null, reason);
                        heard.add("lost " + sessionId + " " + code);
                    }
                }, () -> true, scheduler, new TwitchClock(Clock.systemUTC()), () -> 0.5);
        machine.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> welcomedAt.get() != 0);
    }

    private static String frame(String type, String payload) {
        return "{\"metadata\":{\"message_id\":\"" + type + "-" + System.nanoTime() + "\",\"message_type\":\"" + type
                + "\",\"message_timestamp\":\"" + Instant.now() + "\"},\"payload\":" + payload + "}";
    }

    /**
     * One WebSocket connection on a raw socket: the handshake, a welcome for session {@code s1}, then optionally a
     * keepalive every so often, pongs or no pongs, and never a close. Later connections are accepted and left
     * hanging before the handshake.
     */
    private static final class SilentPeer implements AutoCloseable {
        final AtomicInteger pings = new AtomicInteger();
        final AtomicInteger keepalivesSent = new AtomicInteger();
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final boolean answerPings;
        private final int keepaliveEveryMillis;

        SilentPeer(boolean answerPings, int keepaliveEveryMillis) throws IOException {
            this.answerPings = answerPings;
            this.keepaliveEveryMillis = keepaliveEveryMillis;
            Thread t = new Thread(this::serve, "silent-peer");
            t.setDaemon(true);
            t.start();
        }

        URI uri() {
            return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ws");
        }

        private void serve() {
            try {
                Socket first = server.accept();
                accepted.add(first);
                Thread extra = new Thread(this::acceptTheRest, "silent-peer-rest");
                extra.setDaemon(true);
                extra.start();
                talk(first);
            } catch (IOException e) {
                // closed by the test
            }
        }

        private void acceptTheRest() {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException e) {
                // closed by the test
            }
        }

        private void talk(Socket socket) throws IOException {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String key = handshakeKey(in);
            String accept = Base64.getEncoder().encodeToString(sha1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            send(out, 0x1, frame("session_welcome", "{\"session\":{\"id\":\"s1\",\"status\":\"connected\","
                    + "\"keepalive_timeout_seconds\":" + KEEPALIVE_SECONDS + ",\"reconnect_url\":null}}")
                    .getBytes(StandardCharsets.UTF_8));
            if (keepaliveEveryMillis > 0) {
                Thread keepalives = new Thread(() -> {
                    try {
                        while (true) {
                            Thread.sleep(keepaliveEveryMillis);
                            send(out, 0x1, frame("session_keepalive", "{}").getBytes(StandardCharsets.UTF_8));
                            keepalivesSent.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        // the connection or the test ended
                    }
                }, "silent-peer-keepalives");
                keepalives.setDaemon(true);
                keepalives.start();
            }
            while (true) {
                int opcode = in.readUnsignedByte() & 0x0f;
                int length = in.readUnsignedByte() & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    throw new IOException("no frame of this test is that long");
                }
                byte[] mask = in.readNBytes(4);
                byte[] payload = in.readNBytes(length);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                if (opcode == 0x9) {
                    pings.incrementAndGet();
                    if (answerPings) {
                        send(out, 0xA, payload);
                    }
                }
            }
        }

        private static synchronized void send(OutputStream out, int opcode, byte[] payload) throws IOException {
            ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 4);
            frame.write(0x80 | opcode);
            if (payload.length < 126) {
                frame.write(payload.length);
            } else {
                frame.write(126);
                frame.write(payload.length >> 8);
                frame.write(payload.length & 0xff);
            }
            frame.write(payload, 0, payload.length);
            out.write(frame.toByteArray());
            out.flush();
        }

        private static String handshakeKey(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the client left during the handshake");
                }
                head.append((char) b);
            }
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
            throw new IOException("no Sec-WebSocket-Key");
        }

        private static byte[] sha1(String text) {
            try {
                return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
