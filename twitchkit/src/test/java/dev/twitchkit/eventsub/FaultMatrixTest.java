package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.helix.HelixSettings;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault run as the project's own tests: each fault against the mock with every {@code message_id} accounted
 * for. Each case sends follows before the fault (all must arrive), some right after it (in flight: these alone may
 * be lost), probes until the bot receives again (within a bound), then a batch that must all arrive; no id may
 * reach the handler twice. Faults that must cost nothing (handover, duplicates, hostile frames, handlers) assert
 * that nothing at all was lost.
 *
 * <p>Kept short: 50-200 ms reconnect backoff, 10-50 ms Helix retries, a 1 s keepalive where silence is the
 * fault. Not covered here: a frozen connection (the mock cannot stop answering pings), session_reconnect at
 * a full 5,000 events/s (here: bursts during the handover) and a conduit shard disabled (ClientAppTest).
 */
class FaultMatrixTest {
    /** How long a bot may take to receive again after a loss it recovers from. */
    private static final Duration RECEIVING_AGAIN = Duration.ofSeconds(8);
    private static final Duration DELIVERY = Duration.ofSeconds(10);

    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private MessageAccounting accounting;
    private List<LifecycleEvent> lifecycle;

    @BeforeEach
    void startMock() {
        twitch = EventSubTestAccess.fastMock().start();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        twitch.close(); // a mock per case: a fault a failed case left scripted must not hit the next one
    }

    /** A new streamer and a bot subscribed to its follows, with {@code more} applied to the builder. */
    private String subscribedBot(Consumer<ClientUser.Builder> more) {
        streamer = twitch.createUser("streamer", "moderator:read:followers", "user:read:chat");
        bot = EventSubTestAccess.client(twitch, b -> {
            b.helixSettings(HelixSettings.DEFAULTS.withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)));
            more.accept(b);
        });
        accounting = new MessageAccounting(twitch, streamer);
        bot.on(ChannelFollowEvent.class, accounting);
        lifecycle = EventSubTestAccess.recordLifecycle(bot);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        return bot.eventsub().channelFollow(streamer.id()).join().sessionId();
    }

    private String subscribedBot() {
        return subscribedBot(b -> { });
    }

    /**
     * Runs a fault that costs a session: all sent before it arrive, only those in flight or sent before the bot
     * received again are lost, none twice, and a batch afterwards arrives whole.
     */
    private void assertRecoversFrom(Runnable fault) {
        List<String> before = accounting.send(10);
        accounting.awaitHandled(before, DELIVERY);

        fault.run();
        List<String> inFlight = accounting.send(10);
        MessageAccounting.Recovery recovery = accounting.probeUntilReceiving(RECEIVING_AGAIN);
        List<String> after = accounting.send(20);
        accounting.awaitHandled(after, DELIVERY);

        Set<String> mayBeLost = new HashSet<>(inFlight);
        mayBeLost.addAll(recovery.unanswered());
        assertThat(accounting.lost()).as("lost beyond what was in flight").isSubsetOf(mayBeLost);
        assertThat(accounting.duplicated()).as("handled twice").isEmpty();
        assertThat(recovery.gap()).isLessThan(RECEIVING_AGAIN);
    }

    /** Runs a fault that must cost nothing: every id sent around it arrives once, on the same session. */
    private void assertUnharmedBy(Runnable fault) {
        List<String> before = accounting.send(10);
        fault.run();
        List<String> after = accounting.send(10);
        accounting.awaitHandled(before, DELIVERY);
        accounting.awaitHandled(after, DELIVERY);
        assertThat(accounting.lost()).isEmpty();
        assertThat(accounting.duplicated()).isEmpty();
        assertThat(bot.stats().sessionsLost()).isZero();
    }

    @Test
    void keepaliveSilence() {
        String session = subscribedBot(b -> b.keepaliveTimeoutSeconds(1));
        assertRecoversFrom(() -> {
            twitch.session(session).stopKeepalives();
            // Silence means no notification either: any would count as a sign of life.
            EventSubTestAccess.awaitTrue("the silence noticed", () -> bot.stats().keepaliveTimeouts() == 1);
        });
    }

    @Test
    void tcpDrop() {
        String session = subscribedBot();
        assertRecoversFrom(() -> twitch.session(session).dropTcp());
    }

    @ParameterizedTest(name = "close {0}")
    @ValueSource(ints = {4000, 4001, 4002, 4003, 4004, 4005, 4006, 1011})
    void closeCode(int code) {
        String session = subscribedBot();
        assertRecoversFrom(() -> twitch.session(session).close(code));
    }

    @Test
    void eightServerClosesInARowEachReconnectPromptly() {
        // The run's case: close codes one after the other, no session living the stable period. Growing backoff
        // would reach ceilings of 4.8 s, 9.6 s, 19 s and 38 s by the eighth.
        Duration initial = Duration.ofMillis(300);
        Duration bound = Duration.ofSeconds(3);
        String session = subscribedBot(b -> b.backoff(initial, Duration.ofSeconds(180), Duration.ofSeconds(60)));
        int[] codes = {4000, 4001, 4002, 4005, 4006, 1011, 4000, 4006};
        for (int code : codes) {
            String lost = session;
            twitch.session(lost).close(code);
            MessageAccounting.Recovery recovery = accounting.probeUntilReceiving(bound);
            assertThat(recovery.gap()).isLessThan(bound);
            EventSubTestAccess.awaitTrue("the subscription on a new session", () -> bot.eventsub().subscriptions()
                    .stream().anyMatch(s -> !s.sessionId().equals(lost)));
            session = bot.eventsub().subscriptions().get(0).sessionId();
        }
        assertThat(accounting.duplicated()).isEmpty();
    }

    @Test
    void invalidReconnectUrlIs4007ThenANewSession() {
        String session = subscribedBot();
        String badUrl = twitch.urls().eventSubWebSocket() + "?reconnect_token=not-a-real-token";
        assertRecoversFrom(() -> twitch.session(session).sendRaw(frame("session_reconnect", "r-" + session,
                Instant.now(), "{\"session\":{\"id\":\"" + session + "\",\"status\":\"reconnecting\","
                        + "\"keepalive_timeout_seconds\":null,\"reconnect_url\":\"" + badUrl + "\"}}")));
    }

    @Test
    void sessionReconnectDuringBurstsLosesNothing() throws Exception {
        String session = subscribedBot();
        AtomicBoolean sending = new AtomicBoolean(true);
        List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread sender = new Thread(() -> {
            while (sending.get()) {
                sent.addAll(accounting.send(50));
            }
        });
        sender.start();
        accounting.awaitHandled(accounting.send(1), DELIVERY);
        twitch.session(session).sendReconnect();
        EventSubTestAccess.awaitTrue("handed over", () -> bot.stats().handovers() == 1);
        sending.set(false);
        sender.join();

        accounting.awaitHandled(List.copyOf(sent), DELIVERY);
        assertThat(sent.size()).isGreaterThan(100);
        assertThat(accounting.lost()).isEmpty();
        assertThat(accounting.duplicated()).isEmpty();
        assertThat(bot.stats().sessionsLost()).isZero();
    }

    @Test
    void revocationOfOneSubscriptionLeavesTheOthersAndIsNotRecreated() {
        String session = subscribedBot();
        Subscription chat = bot.eventsub().channelChatMessage(streamer.id()).join();
        twitch.session(session).revoke(chat.id(), "user_removed");
        EventSubTestAccess.awaitTrue("revoked", () -> lifecycle.stream().anyMatch(e ->
                e instanceof SubscriptionRevokedEvent r && r.subscription().id().equals(chat.id())));

        assertRecoversFrom(() -> twitch.session(session).dropTcp());
        assertThat(bot.eventsub().subscriptions()).extracting(Subscription::type).containsExactly("channel.follow");
        assertThat(bot.isReady()).isTrue();
    }

    @Test
    void malformedAndHostileFramesAreCountedAndChangeNothing() {
        String session = subscribedBot();
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertUnharmedBy(() -> {
            for (String frame : List.of("{not json", "", "null", "[1,2]", deep, "{\"metadata\":{}}",
                    "{\"metadata\":{\"message_id\":1e999999,\"message_type\":{\"x\":[]}},\"payload\":7}",
                    frame("notification", "n-bad", Instant.now(), "{\"subscription\":{},\"event\":{}}"),
                    frame("session_teleport", "t-1", Instant.now(), "{}"))) {
                twitch.session(session).sendRaw(frame);
            }
        });
        assertThat(bot.stats().malformedFrames()).isGreaterThanOrEqualTo(7);
        assertThat(bot.stats().unknownMessageTypes()).isEqualTo(1);
    }

    @Test
    void duplicatesAreHandledOnce() {
        subscribedBot();
        List<String> ids = accounting.send(10);
        accounting.awaitHandled(ids, DELIVERY);
        ids.forEach(twitch::resend);
        EventSubTestAccess.awaitTrue("resends dropped", () -> bot.stats().duplicatesDropped() == 10);
        assertUnharmedBy(() -> { });
    }

    @Test
    void staleNotificationsAreDroppedAndFutureOnesHandledOnce() {
        String session = subscribedBot();
        Instant now = Instant.now();
        assertUnharmedBy(() -> {
            twitch.session(session).sendRaw(follow("stale-1", now.minus(Duration.ofMinutes(11))));
            twitch.session(session).sendRaw(follow("future-1", now.plus(Duration.ofMinutes(5))));
            twitch.session(session).sendRaw(follow("future-1", now.plus(Duration.ofMinutes(5))));
        });
        EventSubTestAccess.awaitTrue("future handled", () -> accounting.handledIds().contains("future-1"));
        assertThat(accounting.handledIds()).doesNotContain("stale-1");
        assertThat(bot.stats().staleDropped()).isEqualTo(1);
        assertThat(accounting.duplicated()).isEmpty();
    }

    @Test
    void skewedClientClock() {
        InstantSource tenMinutesAhead = () -> Instant.now().plus(Duration.ofMinutes(10));
        String session = subscribedBot(b -> b.clock(tenMinutesAhead));
        assertRecoversFrom(() -> twitch.session(session).dropTcp());
        assertThat(bot.stats().staleDropped()).isZero();
    }

    @ParameterizedTest(name = "Helix {0} during recovery")
    @ValueSource(ints = {429, 500, 503})
    void helixFailuresDuringRecovery(int status) {
        String session = subscribedBot();
        assertRecoversFrom(() -> {
            twitch.failNextHelixRequests(7, status, "injected");
            twitch.session(session).dropTcp();
        });
        assertThat(bot.isReady()).isTrue();
    }

    @Test
    void expiredTokenDuringRecoveryIsRefreshed() {
        String session = subscribedBot();
        assertRecoversFrom(() -> {
            twitch.expireToken(streamer.accessToken());
            twitch.session(session).dropTcp();
        });
    }

    @Test
    void failedRefreshesDuringRecovery() {
        String session = subscribedBot();
        assertRecoversFrom(() -> {
            for (int i = 0; i < 3; i++) {
                twitch.failNextRefresh(503, "Service Unavailable");
            }
            twitch.expireToken(streamer.accessToken());
            twitch.session(session).dropTcp();
        });
        assertThat(bot.isReady()).isTrue();
    }

    @Test
    void tokenRevokedStopsTheBotWithTheCauseAfterHandlingWhatCameBefore() throws Exception {
        String session = subscribedBot();
        List<String> before = accounting.send(10);
        accounting.awaitHandled(before, DELIVERY);
        twitch.revokeToken(streamer.accessToken());
        twitch.session(session).revoke(bot.eventsub().subscriptions().get(0).id(), "authorization_revoked");

        EventSubTestAccess.awaitTrue("stopped", bot::isClosed);
        assertThat(bot.health().status()).isEqualTo(Health.Status.DOWN);
        assertThatThrownBy(bot::waitUntilClosed)
                .isInstanceOf(ClientStoppedException.class);
        assertThat(accounting.lost()).isEmpty();
        assertThat(accounting.duplicated()).isEmpty();
    }

    @Test
    void aThrowingHandlerCostsNothingElse() {
        subscribedBot();
        bot.on(ChannelFollowEvent.class, n -> {
            throw new IllegalStateException("handler bug");
        });
        assertUnharmedBy(() -> accounting.awaitHandled(accounting.send(200), DELIVERY));
        assertThat(bot.stats().handlerErrors()).isEqualTo(220);
    }

    @Test
    void aSlowHandlerCostsNothingWithinTheQueue() {
        subscribedBot();
        bot.on(ChannelFollowEvent.class, n -> {
            try {
                Thread.sleep(2); // a handler that blocks: the queue absorbs it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertUnharmedBy(() -> accounting.send(300));
        assertThat(bot.stats().overflowDropped()).isZero();
    }

    // ---- frames ----

    private static String frame(String type, String messageId, Instant timestamp, String payload) {
        return "{\"metadata\":{\"message_id\":\"" + messageId + "\",\"message_type\":\"" + type
                + "\",\"message_timestamp\":\"" + timestamp + "\"},\"payload\":" + payload + "}";
    }

    /** A follow notification of the bot's subscription as Twitch writes it, with a chosen id and timestamp. */
    private String follow(String messageId, Instant timestamp) {
        Subscription s = bot.eventsub().subscriptions().get(0);
        return "{\"metadata\":{\"message_id\":\"" + messageId + "\",\"message_type\":\"notification\","
                + "\"message_timestamp\":\"" + timestamp + "\",\"subscription_type\":\"channel.follow\","
                + "\"subscription_version\":\"2\"},\"payload\":{\"subscription\":{\"id\":\"" + s.id() + "\","
                + "\"status\":\"enabled\",\"type\":\"channel.follow\",\"version\":\"2\",\"cost\":0,\"condition\":{"
                + "\"broadcaster_user_id\":\"" + streamer.id() + "\",\"moderator_user_id\":\"" + streamer.id()
                + "\"},\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + s.sessionId() + "\"},"
                + "\"created_at\":\"" + timestamp + "\"},\"event\":{\"user_id\":\"42\",\"user_login\":\"someone\","
                + "\"user_name\":\"Someone\",\"broadcaster_user_id\":\"" + streamer.id() + "\","
                + "\"broadcaster_user_login\":\"" + streamer.login() + "\",\"broadcaster_user_name\":\""
                + streamer.login() + "\",\"followed_at\":\"" + timestamp + "\"}}}";
    }
}
