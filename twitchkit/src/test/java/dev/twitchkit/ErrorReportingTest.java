package dev.twitchkit;

import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors say where they come from and reach the caller once: a connection failure names the address, a socket
 * lost before its welcome says so, {@code run} and {@code waitUntilReady} throw what failed, and a failed
 * subscription is thrown to the caller rather than also logged as a warning.
 */
class ErrorReportingTest {
    private MockTwitch twitch;
    private MockUser streamer;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers");
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void aConnectionFailureNamesTheAddress() throws IOException {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort() + "/oauth2");
        try (App app = AppTestSupport.builder(twitch)
                .urls(TwitchUrls.of(twitch.urls().eventSubWebSocket(), twitch.urls().helix(), nowhere)).build()) {
            assertThat(failure(app.authorize())).isInstanceOf(ConnectException.class)
                    .hasMessageStartingWith("POST " + nowhere + "/token failed: ")
                    .hasCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aSocketThatNeverConnectedNamesItsAddressAndNoSession() throws IOException {
        URI nowhere = URI.create("ws://127.0.0.1:" + closedPort() + "/ws");
        try (StderrCapture log = new StderrCapture();
             ClientUser bot = EventSubTestAccess.client(twitch, b -> b.urls(TwitchUrls.of(nowhere,
                     twitch.urls().helix(), twitch.urls().oauth())))) {
            List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(bot);
            bot.login(streamer.accessToken(), streamer.refreshToken()).join();
            bot.eventsub().channelFollow(streamer.id()); // opens the socket; waits through the reconnects

            EventSubTestAccess.awaitTrue("a disconnection", () -> lifecycle.stream()
                    .anyMatch(e -> e instanceof SessionDisconnectedEvent));
            SessionDisconnectedEvent lost = lifecycle.stream().filter(e -> e instanceof SessionDisconnectedEvent)
                    .map(SessionDisconnectedEvent.class::cast).findFirst().orElseThrow();
            assertThat(lost.sessionId()).isNull();
            assertThat(lost.reason()).startsWith("connection to " + nowhere + " failed: ")
                    .contains("ConnectException");
            EventSubTestAccess.awaitTrue("the log line", () -> log.text().contains("connection lost before welcome"));
            assertThat(log.text()).doesNotContain("session null");
        }
    }

    @Test
    void runThrowsWhatFailedItself() {
        try (ClientUser bot = EventSubTestAccess.client(twitch)) {
            assertThatThrownBy(() -> bot.run("not-a-token", null)).isInstanceOf(InvalidTokenException.class)
                    .hasMessageContaining("rejected the access token");
            assertThat(bot.isClosed()).isTrue();
        }
    }

    @Test
    void waitUntilReadyThrowsWhyTheStartFailedInsteadOfWaitingOutTheTime() {
        try (ClientUser bot = EventSubTestAccess.client(twitch)) {
            bot.start("not-a-token", null);
            assertThatThrownBy(() -> bot.waitUntilReady(Duration.ofSeconds(30)))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("rejected the access token");
            assertThat(bot.isReady()).isFalse();
        }
    }

    @Test
    void aConditionRefusedBeforeTwitchIsOneExceptionWithNothingInside() {
        try (ClientUser bot = EventSubTestAccess.client(twitch)) {
            bot.login(streamer.accessToken(), streamer.refreshToken()).join();
            Throwable refused = failure(bot.eventsub().subscribe("channel.follow", "2",
                    Map.of("broadcaster_user_id", streamer.id())));
            assertThat(refused).isInstanceOf(SubscriptionException.class).hasMessageContaining("moderator_user_id")
                    .hasNoCause();
        }
    }

    @Test
    void aSubscriptionTwitchRefusesIsThrownToTheCallerNotAlsoLoggedAsAWarning() {
        try (StderrCapture log = new StderrCapture(); ClientUser bot = EventSubTestAccess.client(twitch)) {
            bot.login(streamer.accessToken(), streamer.refreshToken()).join();
            Throwable refused = failure(bot.eventsub().subscribe("channel.no_such_type", "1",
                    Map.of("broadcaster_user_id", streamer.id())));

            assertThat(refused).isInstanceOf(SubscriptionException.class)
                    .hasMessageContaining("could not subscribe to channel.no_such_type v1");
            assertThat(log.text()).doesNotContain("WARN SubscriptionBook");
        }
    }

    /** A local port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
