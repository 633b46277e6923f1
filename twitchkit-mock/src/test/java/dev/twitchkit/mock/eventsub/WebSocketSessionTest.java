package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.Fault;
import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebSocketSessionTest {
    private MockTwitch twitch;

    @AfterEach
    void stop() {
        if (twitch != null) {
            twitch.close();
        }
    }

    private MockTwitch start(MockTwitch.Builder builder) {
        twitch = builder.start();
        return twitch;
    }

    private URI ws(String query) {
        return URI.create(twitch.urls().eventSubWebSocket() + (query == null ? "" : "?" + query));
    }

    @Test
    void welcomeCarriesTheSessionAndTheRequestedKeepalive() {
        start(MockTwitch.builder().minKeepalive(Duration.ofSeconds(1)));
        try (WsProbe probe = WsProbe.connect(ws("keepalive_timeout_seconds=30"))) {
            JsonNode welcome = probe.next();
            JsonNode metadata = welcome.path("metadata");
            assertThat(metadata.path("message_type").asString()).isEqualTo("session_welcome");
            assertThat(metadata.path("message_id").asString()).matches("[0-9a-f-]{36}");
            assertThat(metadata.path("message_timestamp").asString())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
            assertThat(metadata.has("subscription_type")).isFalse();
            JsonNode session = welcome.path("payload").path("session");
            assertThat(session.propertyNames()).containsExactlyInAnyOrder("id", "status", "connected_at",
                    "keepalive_timeout_seconds", "reconnect_url");
            assertThat(session.path("id").asString()).isNotBlank();
            assertThat(session.path("status").asString()).isEqualTo("connected");
            assertThat(session.path("keepalive_timeout_seconds").asInt()).isEqualTo(30);
            assertThat(session.path("reconnect_url").isNull()).isTrue();
            assertThat(Instant.parse(session.path("connected_at").asString())).isNotNull();
            assertThat(twitch.session(session.path("id").asString()).keepaliveSeconds()).isEqualTo(30);
        }
    }

    @Test
    void keepaliveOutOfRangeIsClampedAndMissingUsesTheDefault() {
        start(MockTwitch.builder().minKeepalive(Duration.ofSeconds(2)).defaultKeepalive(Duration.ofSeconds(10)));
        assertThat(keepaliveOf("keepalive_timeout_seconds=1")).isEqualTo(2);
        assertThat(keepaliveOf("keepalive_timeout_seconds=-5")).isEqualTo(2);
        assertThat(keepaliveOf("keepalive_timeout_seconds=601")).isEqualTo(600);
        assertThat(keepaliveOf(null)).isEqualTo(10);
    }

    @Test
    void twitchDefaultsClampToTenSeconds() {
        start(MockTwitch.builder());
        assertThat(keepaliveOf("keepalive_timeout_seconds=3")).isEqualTo(10);
    }

    private int keepaliveOf(String query) {
        try (WsProbe probe = WsProbe.connect(ws(query))) {
            return probe.next().path("payload").path("session").path("keepalive_timeout_seconds").asInt();
        }
    }

    @Test
    void nonNumericKeepaliveIsRefusedBeforeTheUpgrade() throws Exception {
        start(MockTwitch.builder());
        assertThatThrownBy(() -> WsProbe.connect(ws("keepalive_timeout_seconds=ten")))
                .isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> RawWebSocket.connect(twitch.port(), "/ws?keepalive_timeout_seconds=ten"))
                .hasMessageContaining(" 400");
    }

    @Test
    void keepaliveComesOnlyAfterAQuietPeriodAndNotificationsResetIt() {
        start(MockTwitch.builder().minKeepalive(Duration.ofSeconds(1)).requireSubscription(false));
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe probe = WsProbe.connect(ws("keepalive_timeout_seconds=1"))) {
            String session = probe.welcomeSessionId();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            long start = System.nanoTime();
            JsonNode keepalive = probe.next(Duration.ofSeconds(3));
            long firstGap = System.nanoTime() - start;
            assertThat(keepalive.path("metadata").path("message_type").asString()).isEqualTo("session_keepalive");
            assertThat(keepalive.path("payload").isObject()).isTrue();
            assertThat(keepalive.path("payload").size()).isZero();
            assertThat(Duration.ofNanos(firstGap)).isGreaterThan(Duration.ofMillis(600));

            // Notifications every 300 ms for 1.5 s: no keepalive in between.
            for (int i = 0; i < 5; i++) {
                sleep(300);
                twitch.trigger("stream.online").to(streamer).send();
            }
            for (int i = 0; i < 5; i++) {
                assertThat(probe.next().path("metadata").path("message_type").asString())
                        .isEqualTo("notification");
            }
            assertThat(probe.next(Duration.ofSeconds(3)).path("metadata").path("message_type").asString())
                    .isEqualTo("session_keepalive");
        }
    }

    @Test
    void stopKeepalivesSilencesTheSession() throws Exception {
        start(MockTwitch.builder().minKeepalive(Duration.ofSeconds(1)).requireSubscription(false));
        try (WsProbe probe = WsProbe.connect(ws("keepalive_timeout_seconds=1"))) {
            String session = probe.welcomeSessionId();
            twitch.session(session).apply(new Fault.StopKeepalives());
            assertThat(probe.texts.poll(1800, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void anyTextFromTheClientCloses4001() {
        start(MockTwitch.builder().requireSubscription(false));
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            probe.welcomeSessionId();
            probe.sendText("{\"not\":\"allowed\"}");
            assertThat(probe.awaitClose(Duration.ofSeconds(5))).isEqualTo(4001);
        }
    }

    @Test
    void malformedTextFromTheClientCloses4001() {
        start(MockTwitch.builder().requireSubscription(false));
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            probe.welcomeSessionId();
            probe.sendText("{{{ not json");
            assertThat(probe.awaitClose(Duration.ofSeconds(5))).isEqualTo(4001);
        }
    }

    @Test
    void binaryFromTheClientCloses4001AndDisablesItsSubscriptions() {
        start(MockTwitch.builder());
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            String session = probe.welcomeSessionId();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            probe.sendBinary(new byte[] {1, 2, 3});
            assertThat(probe.awaitClose(Duration.ofSeconds(5))).isEqualTo(4001);
            awaitStatus("websocket_received_inbound_traffic");
        }
    }

    @Test
    void noSubscriptionInTimeCloses4003() {
        start(MockTwitch.builder().subscriptionTimeout(Duration.ofMillis(300))
                .shardAssociationTimeout(Duration.ofMillis(300)));
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            String session = probe.welcomeSessionId();
            assertThat(probe.awaitClose(Duration.ofSeconds(5))).isEqualTo(4003);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> !twitch.session(session).connected());
        }
    }

    @Test
    void aSubscriptionInTimeKeepsTheSocketOpen() throws Exception {
        // A generous window, so subscribing beats it on a loaded machine too.
        start(MockTwitch.builder().subscriptionTimeout(Duration.ofSeconds(3))
                .shardAssociationTimeout(Duration.ofSeconds(3)));
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            String session = probe.welcomeSessionId();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            // A socket opened later that never subscribes is the clock: its 4003 means the first socket's window
            // has passed too.
            try (WsProbe witness = WsProbe.connect(ws(null))) {
                witness.welcomeSessionId();
                assertThat(witness.awaitClose(Duration.ofSeconds(30))).isEqualTo(4003);
            }
            assertThat(probe.closeCode).isNotDone();
            assertThat(twitch.session(session).connected()).isTrue();
        }
    }

    @Test
    void requireSubscriptionFalseNeverCloses4003() {
        start(MockTwitch.builder().subscriptionTimeout(Duration.ofMillis(200))
                .shardAssociationTimeout(Duration.ofMillis(200)).requireSubscription(false));
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            probe.welcomeSessionId();
            sleep(700);
            assertThat(probe.closeCode).isNotDone();
        }
    }

    @Test
    void closeCodesOnDemandReachTheClientAndDisableSubscriptions() {
        start(MockTwitch.builder());
        MockUser streamer = twitch.createUser("streamer");
        for (int code : new int[] {4000, 4005, 4006, 4002, 4004}) {
            try (WsProbe probe = WsProbe.connect(ws(null))) {
                String session = probe.welcomeSessionId();
                String sub = new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                        "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
                twitch.session(session).apply(new Fault.Close(code));
                assertThat(probe.awaitClose(Duration.ofSeconds(5))).isEqualTo(code);
                String expected = switch (code) {
                    case 4000 -> "websocket_internal_error";
                    case 4005 -> "websocket_network_timeout";
                    case 4006 -> "websocket_network_error";
                    case 4002 -> "websocket_failed_ping_pong";
                    default -> "websocket_failed_to_reconnect";
                };
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> twitch.subscriptions()
                        .stream().filter(s -> s.id().equals(sub)).findFirst().orElseThrow().status().equals(expected));
            }
        }
    }

    @Test
    void clientCloseDisablesSubscriptionsWithoutReplay() {
        start(MockTwitch.builder());
        MockUser streamer = twitch.createUser("streamer");
        String session;
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            session = probe.welcomeSessionId();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
        }
        MockSubscription sub = awaitStatus("websocket_disconnected");
        assertThat(sub.disconnectedAt()).isNotNull();
        assertThat(twitch.trigger("stream.online").to(streamer).send()).isEmpty();
        try (WsProbe again = WsProbe.connect(ws(null))) {
            again.welcomeSessionId();
            assertThat(again.texts).isEmpty();
        }
    }

    @Test
    void droppedTcpIsAConnectionLoss() {
        start(MockTwitch.builder());
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            String session = probe.welcomeSessionId();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            twitch.session(session).apply(new Fault.DropTcp());
            assertThat(probe.awaitClose(Duration.ofSeconds(5))).isEqualTo(1006);
            awaitStatus("websocket_disconnected");
            MockSession dead = twitch.session(session);
            assertThat(dead.connected()).isFalse();
            assertThatThrownBy(dead::sendReconnect).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void rawFramesArriveUnchanged() {
        start(MockTwitch.builder().requireSubscription(false));
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            String session = probe.welcomeSessionId();
            twitch.session(session).apply(new Fault.RawFrame("{\"metadata\": oops"));
            try {
                assertThat(probe.texts.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("{\"metadata\": oops");
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aClientThatNeverPongsIsClosed4002() throws Exception {
        start(MockTwitch.builder().pingInterval(Duration.ofMillis(300)).requireSubscription(false));
        try (RawWebSocket raw = RawWebSocket.connect(twitch.port(), "/ws")) {
            assertThat(raw.readText()).contains("session_welcome");
            assertThat(raw.awaitCloseIgnoringPings(Duration.ofSeconds(5))).isEqualTo(4002);
        }
    }

    @Test
    void aFrameJettyCannotParseEndsTheSessionAsInboundTrafficAndTheMockCarriesOn() throws Exception {
        // Below the message level Jetty's parser answers first, with 1002; the session still counts it as
        // inbound traffic, and the mock keeps serving.
        start(MockTwitch.builder().requireSubscription(false));
        MockUser streamer = twitch.createUser("streamer");
        try (RawWebSocket raw = RawWebSocket.connect(twitch.port(), "/ws")) {
            String welcome = raw.readText();
            String session = WsProbe.JSON.readTree(welcome).path("payload").path("session").path("id").asString();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            raw.sendFrame(0x3, new byte[] {1, 2}); // a reserved opcode
            assertThat(raw.awaitCloseIgnoringPings(Duration.ofSeconds(5))).isEqualTo(1002);
            awaitStatus("websocket_received_inbound_traffic");
        }
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            assertThat(probe.welcomeSessionId()).isNotBlank();
        }
    }

    @Test
    void aClientThatPongsStaysOpen() {
        start(MockTwitch.builder().pingInterval(Duration.ofMillis(200)).requireSubscription(false));
        try (WsProbe probe = WsProbe.connect(ws(null))) {
            probe.welcomeSessionId();
            sleep(1000);
            assertThat(probe.closeCode).isNotDone();
        }
    }

    private MockSubscription awaitStatus(String status) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> twitch.subscriptions().stream().anyMatch(s -> s.status().equals(status)));
        return twitch.subscriptions().stream().filter(s -> s.status().equals(status)).findFirst().orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
