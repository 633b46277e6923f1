package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.Fault;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReconnectTest {
    private MockTwitch twitch;

    @AfterEach
    void stop() {
        twitch.close();
    }

    private String subscribe(MockUser streamer, String session) {
        return new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
    }

    @Test
    void reconnectWelcomesTheSameSessionWithItsSubscriptionsAndMovesDeliveryOnWelcome() throws Exception {
        twitch = MockTwitch.builder().start();
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            String sub = subscribe(streamer, session);

            URI url = twitch.session(session).sendReconnect();
            JsonNode reconnect = old.nextOfType("session_reconnect");
            JsonNode s = reconnect.path("payload").path("session");
            assertThat(s.path("id").asString()).isEqualTo(session);
            assertThat(s.path("status").asString()).isEqualTo("reconnecting");
            assertThat(s.path("keepalive_timeout_seconds").isNull()).isTrue();
            assertThat(s.path("reconnect_url").asString()).isEqualTo(url.toString());

            // Until the new socket is welcomed, the old one still gets notifications.
            List<String> beforeIds = twitch.trigger("stream.online").to(streamer).repeat(3).send();
            for (String id : beforeIds) {
                assertThat(old.nextOfType("notification").path("metadata").path("message_id").asString()).isEqualTo(id);
            }

            try (WsProbe fresh = WsProbe.connect(url)) {
                JsonNode welcome = fresh.next();
                assertThat(welcome.path("metadata").path("message_type").asString()).isEqualTo("session_welcome");
                assertThat(welcome.path("payload").path("session").path("id").asString()).isEqualTo(session);
                assertThat(welcome.path("payload").path("session").path("status").asString()).isEqualTo("connected");

                List<String> afterIds = twitch.trigger("stream.online").to(streamer).repeat(3).send();
                for (String id : afterIds) {
                    assertThat(fresh.nextOfType("notification").path("metadata").path("message_id").asString())
                            .isEqualTo(id);
                }
                assertThat(old.texts.poll(300, TimeUnit.MILLISECONDS)).isNull();

                closeEarly(old);
                Thread.sleep(200);
                assertThat(twitch.subscriptions()).singleElement().satisfies(x -> {
                    assertThat(x.id()).isEqualTo(sub);
                    assertThat(x.status()).isEqualTo("enabled");
                });
                assertThat(twitch.session(session).connected()).isTrue();
            }
        }
    }

    @Test
    void oldSocketStillOpenAfterTheGraceIsClosed4004AndTheSessionLivesOn() {
        twitch = MockTwitch.builder().reconnectGrace(Duration.ofMillis(400)).start();
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            subscribe(streamer, session);
            URI url = twitch.session(session).sendReconnect();
            try (WsProbe fresh = WsProbe.connect(url)) {
                fresh.welcomeSessionId();
                assertThat(old.awaitClose(Duration.ofSeconds(5))).isEqualTo(4004);
                assertThat(twitch.subscriptions()).allMatch(x -> x.status().equals("enabled"));
                assertThat(twitch.trigger("stream.online").to(streamer).send()).hasSize(1);
                assertThat(fresh.nextOfType("notification")).isNotNull();
            }
        }
    }

    @Test
    void noNewConnectionWithinTheGraceLosesTheSession() {
        twitch = MockTwitch.builder().reconnectGrace(Duration.ofMillis(300)).start();
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            subscribe(streamer, session);
            URI url = twitch.session(session).sendReconnect();
            assertThat(old.awaitClose(Duration.ofSeconds(5))).isEqualTo(4004);
            await().atMost(Duration.ofSeconds(5)).until(() -> twitch.subscriptions().get(0).status()
                    .equals("websocket_failed_to_reconnect"));
            try (WsProbe late = WsProbe.connect(url)) {
                assertThat(late.awaitClose(Duration.ofSeconds(5))).isEqualTo(4007);
            }
        }
    }

    @Test
    void theReconnectFaultSendsSessionReconnect() {
        twitch = MockTwitch.builder().start();
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            subscribe(streamer, session);
            twitch.session(streamer).apply(new Fault.Reconnect());
            URI url = URI.create(old.nextOfType("session_reconnect").path("payload").path("session")
                    .path("reconnect_url").asString());
            try (WsProbe fresh = WsProbe.connect(url)) {
                assertThat(fresh.welcomeSessionId()).isEqualTo(session);
            }
        }
    }

    @Test
    void aBadOrUsedReconnectUrlIsClosed4007() {
        twitch = MockTwitch.builder().start();
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe bad = WsProbe.connect(URI.create(twitch.urls().eventSubWebSocket() + "?reconnect_token=nope"))) {
            assertThat(bad.awaitClose(Duration.ofSeconds(5))).isEqualTo(4007);
            assertThat(bad.texts).isEmpty();
        }
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            subscribe(streamer, session);
            URI url = twitch.session(session).sendReconnect();
            try (WsProbe first = WsProbe.connect(url); WsProbe second = WsProbe.connect(url)) {
                assertThat(first.welcomeSessionId()).isEqualTo(session);
                assertThat(second.awaitClose(Duration.ofSeconds(5))).isEqualTo(4007);
            }
        }
    }

    @Test
    void closingTheOldSocketBeforeConnectingLosesTheSession() {
        twitch = MockTwitch.builder().start();
        MockUser streamer = twitch.createUser("streamer");
        URI url;
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            subscribe(streamer, session);
            url = twitch.session(session).sendReconnect();
            old.nextOfType("session_reconnect");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> twitch.subscriptions().get(0).status()
                .equals("websocket_disconnected"));
        try (WsProbe late = WsProbe.connect(url)) {
            assertThat(late.awaitClose(Duration.ofSeconds(5))).isEqualTo(4007);
        }
    }

    @Test
    void noNotificationIsLostOrDuplicatedAcrossTheHandover() throws Exception {
        twitch = MockTwitch.builder().start();
        MockUser streamer = twitch.createUser("streamer");
        try (WsProbe old = WsProbe.connect(twitch.urls().eventSubWebSocket())) {
            String session = old.welcomeSessionId();
            subscribe(streamer, session);
            List<String> sent = new ArrayList<>();
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    synchronized (sent) {
                        sent.addAll(twitch.trigger("stream.online").to(streamer).send());
                    }
                }
            });
            producer.start();
            URI url = twitch.session(session).sendReconnect();
            try (WsProbe fresh = WsProbe.connect(url)) {
                producer.join();
                await().atMost(Duration.ofSeconds(5)).until(() -> count(old) + count(fresh) >= 200 + 1 + 1);
                Set<String> onOld = ids(old);
                Set<String> onNew = ids(fresh);
                assertThat(onOld).doesNotContainAnyElementsOf(onNew);
                Set<String> all = new HashSet<>(onOld);
                all.addAll(onNew);
                assertThat(all).containsExactlyInAnyOrderElementsOf(sent);
                assertThat(sent).allSatisfy(id -> assertThat(twitch.counters().timesSent(id)).isEqualTo(1));
            }
        }
    }

    /** Closes a probe before its try block ends (closing twice is harmless). */
    private static void closeEarly(WsProbe probe) {
        probe.close();
    }

    private static int count(WsProbe probe) {
        return probe.texts.size();
    }

    private static Set<String> ids(WsProbe probe) {
        Set<String> ids = new HashSet<>();
        for (String text : probe.texts) {
            JsonNode m = WsProbe.JSON.readTree(text);
            if (m.path("metadata").path("message_type").asString().equals("notification")) {
                ids.add(m.path("metadata").path("message_id").asString());
            }
        }
        return ids;
    }
}
