package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real losses: a new session on the base URL, the stale subscriptions deleted, every subscription recreated with
 * the current token, and the close-code policy of {@link CloseCode}.
 */
class ConnectionLossTest {
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private List<LifecycleEvent> lifecycle;
    private EventRecorder<ChannelFollowEvent> follows;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers", "user:read:chat");
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        twitch.close();
    }

    /**
     * Starts the bot. Twitch's 10 s keepalive unless a test needs the watchdog: then 1 s, so a silence is found in
     * 2 s (only that test risks a scheduling stall being taken for silence).
     */
    private void startBot(boolean shortKeepalive) {
        bot = EventSubTestAccess.client(twitch, b -> {
            if (shortKeepalive) {
                b.keepaliveTimeoutSeconds(1);
            }
        });
        lifecycle = EventSubTestAccess.recordLifecycle(bot);
        follows = new EventRecorder<>();
        bot.on(ChannelFollowEvent.class, follows);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
    }

    /** Starts the bot, subscribes to follows and chat and returns the session they are on. */
    private String subscribed() {
        if (bot == null) {
            startBot(false);
        }
        String sessionId = bot.eventsub().channelFollow(streamer.id()).join().sessionId();
        bot.eventsub().channelChatMessage(streamer.id()).join();
        return sessionId;
    }

    /** The client is on a new session holding both subscriptions, the dead one's are deleted, events flow. */
    private void assertRecreatedAfter(String lostSessionId) {
        EventSubTestAccess.awaitTrue("a new session with both subscriptions", () -> {
            List<Subscription> subs = bot.eventsub().subscriptions();
            return subs.size() == 2 && subs.stream().noneMatch(s -> s.sessionId().equals(lostSessionId));
        });
        String newSession = bot.eventsub().subscriptions().get(0).sessionId();
        EventSubTestAccess.awaitTrue("the stale subscriptions deleted", () -> twitch.subscriptions().stream()
                .noneMatch(s -> s.target().equals(lostSessionId)));
        assertThat(twitch.subscriptions()).hasSize(2).allMatch(MockSubscription::enabled)
                .allSatisfy(s -> assertThat(s.target()).isEqualTo(newSession));
        EventSubTestAccess.awaitTrue("the recreated event", () -> lifecycle.stream().anyMatch(e ->
                e instanceof SessionRecreatedEvent r && r.previousSessionId().equals(lostSessionId)
                        && r.sessionId().equals(newSession)));
        int before = follows.received().size();
        List<String> sent = twitch.trigger("channel.follow").to(streamer).send();
        follows.awaitExactly(before + 1, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).endsWith(sent.get(0));
    }

    @Test
    void keepaliveSilenceIsALossThenANewSessionIsSubscribed() {
        startBot(true);
        String sessionId = subscribed();
        twitch.session(sessionId).stopKeepalives();

        assertRecreatedAfter(sessionId);
        assertThat(bot.stats().keepaliveTimeouts()).isEqualTo(1);
        assertThat(lifecycle).anyMatch(e -> e instanceof SessionDisconnectedEvent d && d.willReconnect()
                && d.code() == 1006 && d.reason().contains("no keepalive"));
    }

    @Test
    void droppedTcpConnectionIsALoss() {
        String sessionId = subscribed();
        twitch.session(sessionId).dropTcp();
        assertRecreatedAfter(sessionId);
    }

    @ParameterizedTest(name = "close {0} reconnects and resubscribes")
    @ValueSource(ints = {4000, 4001, 4002, 4005, 4006, 1011})
    void closeCodesThatReconnect(int code) {
        String sessionId = subscribed();
        twitch.session(sessionId).close(code);
        assertRecreatedAfter(sessionId);
        assertThat(lifecycle).anyMatch(e -> e instanceof SessionDisconnectedEvent d && d.code() == code
                && d.willReconnect());
    }

    @Test
    void unusedCloseWithSubscriptionsReconnects() {
        String sessionId = subscribed();
        twitch.session(sessionId).close(4003);
        assertRecreatedAfter(sessionId);
    }

    @Test
    void unusedCloseWithoutSubscriptionsWaitsForOneInsteadOfLooping() throws Exception {
        startBot(false);
        Subscription follow = bot.eventsub().channelFollow(streamer.id()).join();
        bot.eventsub().unsubscribe(follow).join();
        twitch.session(follow.sessionId()).close(4003);

        EventSubTestAccess.awaitTrue("waiting", () -> bot.sessionState() == SessionState.WAITING_FOR_SUBSCRIPTION);
        Thread.sleep(400); // several backoff periods: no new socket may open
        assertThat(twitch.sessions()).hasSize(1);
        assertThat(lifecycle).anyMatch(e -> e instanceof SessionDisconnectedEvent d && d.code() == 4003
                && !d.willReconnect());

        Subscription again = bot.eventsub().channelFollow(streamer.id()).join();
        assertThat(again.sessionId()).isNotEqualTo(follow.sessionId());
        assertThat(bot.sessionState()).isEqualTo(SessionState.CONNECTED);
    }

    @Test
    void invalidReconnectFallsBackToTheBaseUrlWithAFullResubscribe() {
        String sessionId = subscribed();
        String badUrl = twitch.urls().eventSubWebSocket() + "?reconnect_token=not-a-real-token";
        twitch.session(sessionId).sendRaw("{\"metadata\":{\"message_id\":\"r-1\",\"message_type\":\"session_reconnect\","
                + "\"message_timestamp\":\"" + Instant.now() + "\"},\"payload\":{\"session\":{\"id\":\"" + sessionId
                + "\",\"status\":\"reconnecting\",\"keepalive_timeout_seconds\":null,\"reconnect_url\":\"" + badUrl
                + "\",\"connected_at\":\"" + Instant.now() + "\"}}}");

        assertRecreatedAfter(sessionId);
        assertThat(lifecycle).anyMatch(e -> e instanceof SessionDisconnectedEvent d && d.code() == 4007);
    }

    @Test
    void theResubscribeUsesTheTokenRefreshedAfterTheLoss() {
        String sessionId = subscribed();
        int refreshesBefore = twitch.refreshCount(streamer.id());
        twitch.expireToken(streamer.accessToken()); // the next Helix call gets 401, refreshes and retries
        twitch.session(sessionId).dropTcp();

        assertRecreatedAfter(sessionId);
        assertThat(twitch.refreshCount(streamer.id())).isEqualTo(refreshesBefore + 1);
        assertThat(bot.getToken(streamer.id()).orElseThrow().accessToken()).isNotEqualTo(streamer.accessToken());
    }
}
