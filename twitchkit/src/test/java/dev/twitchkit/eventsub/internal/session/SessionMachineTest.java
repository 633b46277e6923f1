package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.eventsub.internal.socket.EventSubSocket;
import dev.twitchkit.transport.JdkWebSocketTransport;
import dev.twitchkit.eventsub.internal.socket.SocketListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session machine driven frame by frame: the sockets it opens lead nowhere, and the test plays Twitch by
 * feeding it frames and closes. This reaches orderings a live server cannot be made to produce on demand, such as
 * a 4004 arriving on the old socket after its successor was welcomed.
 */
class SessionMachineTest {
    private static final URI BASE = URI.create("ws://127.0.0.1:1/ws");
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final List<EventSubSocket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicBoolean hasSubscriptions = new AtomicBoolean(true);
    private SessionMachine machine;

    /** Sockets that go nowhere: their own failure is not reported, the test decides what the machine hears. */
    private final SocketListener nowhere = new SocketListener() {
        @Override
        public void onText(EventSubSocket socket, byte[] utf8) {
        }

        @Override
        public void onClosed(EventSubSocket socket, int code, String reason) {
        }

        @Override
        public void onFailure(EventSubSocket socket, Throwable error) {
        }
    };

    @BeforeEach
    void start() {
        SessionSettings settings = new SessionSettings(BASE, null, 1.2, Duration.ofSeconds(5), Duration.ofMillis(1),
                Duration.ofMillis(2), Duration.ofSeconds(60), Duration.ofMinutes(10), 1000, Duration.ofMinutes(10),
                false); // these sockets lead nowhere and cannot answer a ping: LivenessProbeTest covers it
        machine = new SessionMachine("test", settings, (uri, listener) -> {
            opened.add(uri);
            EventSubSocket socket = EventSubSocket.connect(JdkWebSocketTransport.using(http), uri, Duration.ofSeconds(1),
                    EventSubSocket.DEFAULT_MAX_MESSAGE_CHARS, nowhere, scheduler);
            sockets.add(socket);
            return socket;
        }, new MessageDecoder((t, v) -> Optional.empty()), new SessionListener() {
            @Override
            public void onSessionStarted(String sessionId, Start start, String previousSessionId) {
                heard.add(start + " " + sessionId + (previousSessionId == null ? "" : " after " + previousSessionId));
            }

            @Override
            public void onNotification(Message.Notification notification) {
                heard.add("event " + notification.messageId());
            }

            @Override
            public void onRevocation(Message.Revocation revocation) {
                heard.add("revoked " + revocation.subscription().id());
            }

            @Override
            public void onDisconnected(String sessionId, int code, String reason, boolean willReconnect) {
                heard.add("lost " + sessionId + " " + code + (willReconnect ? " reconnecting" : " waiting"));
            }
        }, hasSubscriptions::get, scheduler, new TwitchClock(Clock.systemUTC()), () -> 0.5);
    }

    @AfterEach
    void stop() {
        machine.close();
        scheduler.shutdownNow();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String welcome(String sessionId) {
        return frame("session_welcome", "{\"session\":{\"id\":\"" + sessionId + "\",\"status\":\"connected\","
                + "\"keepalive_timeout_seconds\":10,\"reconnect_url\":null}}");
    }

    private static String reconnect(String sessionId, String url) {
        return frame("session_reconnect", "{\"session\":{\"id\":\"" + sessionId + "\",\"status\":\"reconnecting\","
                + "\"reconnect_url\":\"" + url + "\"}}");
    }

    private static String notification(String messageId) {
        return "{\"metadata\":{\"message_id\":\"" + messageId + "\",\"message_type\":\"notification\","
                + "\"message_timestamp\":\"" + Instant.now() + "\"},\"payload\":{\"subscription\":{\"id\":\"sub\","
                + "\"status\":\"enabled\",\"type\":\"a.b\",\"version\":\"1\",\"cost\":0,\"condition\":{}},"
                + "\"event\":{}}}";
    }

    private static String frame(String type, String payload) {
        return "{\"metadata\":{\"message_id\":\"" + type + "-" + System.nanoTime() + "\",\"message_type\":\"" + type
                + "\",\"message_timestamp\":\"" + Instant.now() + "\"},\"payload\":" + payload + "}";
    }

    private EventSubSocket connected(String sessionId) {
        machine.start();
        EventSubSocket socket = sockets.get(sockets.size() - 1);
        machine.onText(socket, utf8(welcome(sessionId)));
        return socket;
    }

    @Test
    void handoverKeepsReadingTheOldSocketUntilTheNewOneIsWelcomedAndIgnoresItsLate4004() {
        EventSubSocket old = connected("s1");
        String url = "ws://127.0.0.1:1/ws?reconnect_token=a%2Bb";
        machine.onText(old, utf8(reconnect("s1", url)));
        assertThat(machine.state()).isEqualTo(SessionState.HANDING_OVER);
        assertThat(opened).last().hasToString(url); // as given, not rebuilt
        EventSubSocket successor = sockets.get(1);

        machine.onText(old, utf8(notification("m1"))); // the old socket still delivers
        machine.onText(successor, utf8(welcome("s1")));
        machine.onText(old, utf8(notification("m1"))); // sent on both sides of the handover: once only
        machine.onText(successor, utf8(notification("m2")));
        machine.onClosed(old, 4004, "grace expired"); // late, on the replaced socket

        assertThat(heard).containsExactly("FIRST s1", "event m1", "HANDOVER s1", "event m2");
        assertThat(machine.state()).isEqualTo(SessionState.CONNECTED);
        assertThat(machine.counters().handovers()).isEqualTo(1);
        assertThat(machine.counters().duplicates()).isEqualTo(1);
    }

    @Test
    void graceExpiredBeforeTheNewSocketIsWelcomedIsALoss() {
        EventSubSocket old = connected("s1");
        machine.onText(old, utf8(reconnect("s1", "ws://127.0.0.1:1/ws?reconnect_token=x")));
        machine.onClosed(old, 4004, "grace expired");

        assertThat(heard).contains("lost s1 4004 reconnecting");
        await().atMost(Duration.ofSeconds(5)).until(() -> opened.size() == 3);
        assertThat(opened.get(2)).isEqualTo(BASE);
        machine.onText(sockets.get(2), utf8(welcome("s2")));
        assertThat(heard).last().isEqualTo("RECREATED s2 after s1");
    }

    @Test
    void invalidReconnectOnTheSuccessorStartsOverOnTheBaseUrl() {
        EventSubSocket old = connected("s1");
        machine.onText(old, utf8(reconnect("s1", "ws://127.0.0.1:1/ws?reconnect_token=bad")));
        machine.onClosed(sockets.get(1), 4007, "Invalid reconnect");

        await().atMost(Duration.ofSeconds(5)).until(() -> opened.size() == 3);
        assertThat(opened.get(2)).isEqualTo(BASE);
        assertThat(heard).contains("lost s1 4007 reconnecting");
        // the old socket's own close afterwards changes nothing
        machine.onClosed(old, 1000, "");
        assertThat(heard).filteredOn(h -> h.startsWith("lost")).hasSize(1);
    }

    @Test
    void unusedCloseWithNothingSubscribedWaitsAndReopensOnDemand() throws Exception {
        EventSubSocket socket = connected("s1");
        hasSubscriptions.set(false);
        machine.onClosed(socket, 4003, "Connection unused");

        assertThat(machine.state()).isEqualTo(SessionState.WAITING_FOR_SUBSCRIPTION);
        Thread.sleep(50); // far beyond the 1-2 ms backoff: nothing may reopen
        assertThat(opened).hasSize(1);
        hasSubscriptions.set(true);
        machine.start();
        assertThat(opened).hasSize(2);
        machine.onText(sockets.get(1), utf8(welcome("s2")));
        assertThat(heard).containsExactly("FIRST s1", "lost s1 4003 waiting", "RECREATED s2 after s1");
    }

    @Test
    void revocationsAreDeliveredOnce() {
        EventSubSocket socket = connected("s1");
        String revocation = frame("revocation", "{\"subscription\":{\"id\":\"sub-9\",\"status\":\"user_removed\","
                + "\"type\":\"a.b\",\"version\":\"1\",\"cost\":0,\"condition\":{}}}");
        machine.onText(socket, utf8(revocation));
        machine.onText(socket, utf8(revocation));
        assertThat(heard).containsExactly("FIRST s1", "revoked sub-9");
    }

    @Test
    void closedMachineIgnoresEverything() {
        EventSubSocket socket = connected("s1");
        machine.close();
        machine.onText(socket, utf8(notification("late")));
        machine.onClosed(socket, 4000, "");
        machine.start();
        assertThat(heard).containsExactly("FIRST s1");
        assertThat(machine.state()).isEqualTo(SessionState.CLOSED);
        assertThat(opened).hasSize(1);
    }

    @Test
    void aLostConnectionIsLoggedWithWhatCausedIt() {
        Exception jdk = new java.net.ProtocolException();
        jdk.initCause(new IllegalStateException("Invalid UTF-8 in frame TEXT"));
        assertThat(SessionMachine.withCauses(jdk)).isEqualTo("java.net.ProtocolException (caused by "
                + "java.lang.IllegalStateException: Invalid UTF-8 in frame TEXT)");
        assertThat(SessionMachine.withCauses(new java.io.IOException("reset"))).isEqualTo("java.io.IOException: reset");
    }
}
