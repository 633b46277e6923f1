package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.transport.jetty.JettyWebSocketTransport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link ClientUser} on the Jetty transport against the mock Twitch: events arrive once each, through a
 * session_reconnect handover and after the mock drops the TCP connection. One transport serves every test, as one
 * would serve an application's clients.
 */
class JettyClientUserTest {
    private static JettyWebSocketTransport transport;
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private List<LifecycleEvent> lifecycle;
    private final EventRecorder<ChannelFollowEvent> follows = new EventRecorder<>();

    @BeforeAll
    static void startTransport() {
        transport = JettyWebSocketTransport.create();
    }

    @AfterAll
    static void closeTransport() {
        transport.close();
    }

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers");
        bot = EventSubTestAccess.client(twitch, b -> b.transport(transport));
        lifecycle = EventSubTestAccess.recordLifecycle(bot);
        bot.on(ChannelFollowEvent.class, follows);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
    }

    @AfterEach
    void stop() {
        bot.close();
        twitch.close();
    }

    private String subscribed() {
        return bot.eventsub().channelFollow(streamer.id()).join().sessionId();
    }

    private List<String> follow() {
        return twitch.trigger("channel.follow").to(streamer).send();
    }

    @Test
    void eachTriggeredEventArrivesExactlyOnce() {
        subscribed();
        List<String> sent = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.addAll(follow());
        }

        follows.awaitExactly(20, this::follow);
        assertThat(follows.messageIds()).containsExactlyElementsOf(sent);
    }

    @Test
    void aSessionReconnectLosesAndDuplicatesNothing() {
        String sessionId = subscribed();
        List<String> sent = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200; i++) {
                sent.addAll(follow());
            }
        });
        EventSubTestAccess.awaitTrue("the stream to be under way", () -> sent.size() >= 50);
        twitch.session(sessionId).sendReconnect();
        stream.join();

        follows.awaitExactly(200, this::follow);
        assertThat(follows.messageIds()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(bot.stats().handovers()).isEqualTo(1);
        assertThat(bot.stats().sessionsLost()).isZero();
        assertThat(lifecycle).filteredOn(e -> e instanceof SessionReconnectedEvent).hasSize(1);
        assertThat(lifecycle)
                .noneMatch(e -> e instanceof SessionRecreatedEvent || e instanceof SessionDisconnectedEvent);
    }

    @Test
    void aDroppedConnectionIsNoticedAndTheSessionRecreated() {
        String sessionId = subscribed();

        twitch.session(sessionId).dropTcp();

        EventSubTestAccess.awaitTrue("a new session", () -> lifecycle.stream().anyMatch(e ->
                e instanceof SessionRecreatedEvent r && r.previousSessionId().equals(sessionId)));
        assertThat(bot.stats().sessionsLost()).isEqualTo(1);
        assertThat(bot.stats().keepaliveTimeouts()).as("the transport reported the drop, not the watchdog").isZero();
        List<String> sent = follow();
        follows.awaitExactly(1, this::follow);
        assertThat(follows.messageIds()).containsExactlyElementsOf(sent);
    }
}
