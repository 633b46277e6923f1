package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.ClientUser;
import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.HealthChangedEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionFailedEvent;
import dev.twitchkit.helix.HelixSettings;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recovery when recreating the subscriptions fails: a failure that may pass is retried until the bot receives
 * again, a final one is loud (health, isReady, a lifecycle event), and a bot whose own token is gone stops with
 * the cause instead of waiting on a socket Twitch closes as unused. Each case is the fault run's reproduction.
 */
class RecoveryFailureTest {
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private List<LifecycleEvent> lifecycle;
    private EventRecorder<ChannelFollowEvent> follows;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers");
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        twitch.close();
    }

    /**
     * A bot subscribed to the streamer's follows; returns the session the subscription is on. Helix retries a 5xx
     * after 10-50 ms here, not Twitch-sized seconds, so a run of 503s fits within the mock's 3 s for a first
     * subscription on a new socket.
     */
    private String subscribedBot(InstantSource clock) {
        bot = EventSubTestAccess.client(twitch, b -> b.clock(clock).helixSettings(HelixSettings.DEFAULTS
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))));
        lifecycle = EventSubTestAccess.recordLifecycle(bot);
        follows = new EventRecorder<>();
        bot.on(ChannelFollowEvent.class, follows);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        return bot.eventsub().channelFollow(streamer.id()).join().sessionId();
    }

    private String subscribedBot() {
        return subscribedBot(InstantSource.system());
    }

    /** A follow sent now reaches the handler. */
    private void receivesAgain() {
        int before = follows.received().size();
        String sent = twitch.trigger("channel.follow").to(streamer).send().get(0);
        follows.awaitExactly(before + 1, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).endsWith(sent);
    }

    private void awaitRecreatedAfter(String lostSessionId) {
        EventSubTestAccess.awaitTrue("recreated", () -> lifecycle.stream().anyMatch(e ->
                e instanceof SessionRecreatedEvent r && r.previousSessionId().equals(lostSessionId)));
    }

    @Test
    void refreshAnswered503FiveTimesDuringRecoveryIsRetriedUntilTheBotReceivesAgain() {
        String lost = subscribedBot();
        for (int i = 0; i < 5; i++) {
            twitch.failNextRefresh(503, "Service Unavailable");
        }
        twitch.expireToken(streamer.accessToken()); // the resubscribe gets 401 and must refresh
        twitch.session(lost).dropTcp();

        awaitRecreatedAfter(lost);
        receivesAgain();
        assertThat(bot.isReady()).isTrue();
        assertThat(bot.health()).isEqualTo(Health.ready());
        assertThat(lifecycle).noneMatch(e -> e instanceof SubscriptionFailedEvent);
        // It was degraded while retrying, and said so; then it said it was well again.
        assertThat(lifecycle).filteredOn(e -> e instanceof HealthChangedEvent).extracting(e ->
                ((HealthChangedEvent) e).health().status()).containsSubsequence(Health.Status.DEGRADED,
                Health.Status.READY);
    }

    @Test
    void helix503sDuringRecoveryAreRetriedUntilTheBotReceivesAgain() {
        String lost = subscribedBot();
        // Two whole creations failed (the Helix layer tries each 5 times), and two attempts of the third.
        twitch.failNextHelixRequests(12, 503, "Service Unavailable");
        twitch.session(lost).dropTcp();

        awaitRecreatedAfter(lost);
        receivesAgain();
        assertThat(bot.isReady()).isTrue();
    }

    @Test
    void aResubscribeRefusedForGoodIsLoudAndTheBotIsNotReady() {
        String lost = subscribedBot();
        twitch.failNextHelixRequests(1, 403, "subscription missing proper authorization");
        twitch.session(lost).dropTcp();

        EventSubTestAccess.awaitTrue("degraded", () -> bot.health().status() == Health.Status.DEGRADED);
        assertThat(bot.isReady()).isFalse();
        assertThat(bot.health().reasons()).singleElement().asString().contains("channel.follow")
                .contains("missing proper authorization");
        EventSubTestAccess.awaitTrue("the lifecycle events", () -> lifecycle.stream()
                .anyMatch(e -> e instanceof HealthChangedEvent h && h.health().equals(bot.health()))
                && lifecycle.stream().anyMatch(e -> e instanceof SubscriptionFailedEvent));
    }

    @Test
    void aBotWhoseRefreshIsRejectedDuringRecoveryStopsWithTheCause() {
        String lost = subscribedBot();
        twitch.revokeRefreshToken(streamer.refreshToken());
        twitch.expireToken(streamer.accessToken());
        twitch.session(lost).dropTcp();

        assertStoppedForItsToken();
        assertThat(lifecycle).noneMatch(e -> e instanceof SessionRecreatedEvent); // the recreation never worked
    }

    @Test
    void aBotWhoseUserTookTheAuthorizationBackStopsWithTheCause() {
        subscribedBot();
        String subscription = bot.eventsub().subscriptions().get(0).id();
        twitch.revokeToken(streamer.accessToken()); // the access and the refresh token stop working
        twitch.revoke(subscription, "authorization_revoked");

        assertStoppedForItsToken();
    }

    private void assertStoppedForItsToken() {
        CompletableFuture<Throwable> thrown = CompletableFuture.supplyAsync(() -> {
            try {
                bot.waitUntilClosed();
                return null;
            } catch (InterruptedException | RuntimeException e) {
                return e;
            }
        });
        assertThat(thrown).succeedsWithin(10, TimeUnit.SECONDS).isInstanceOf(ClientStoppedException.class)
                .extracting(Throwable::getCause).isInstanceOf(InvalidTokenException.class);
        assertThat(bot.isClosed()).isTrue();
        assertThat(bot.health().status()).isEqualTo(Health.Status.DOWN);
        EventSubTestAccess.awaitTrue("told the handlers", () -> lifecycle.stream().anyMatch(e ->
                e instanceof HealthChangedEvent h && h.health().status() == Health.Status.DOWN));
        assertThatThrownBy(bot::waitUntilClosed).isInstanceOf(ClientStoppedException.class);
    }

    @Test
    void runThrowsTheCauseWhenTheBotStopsForItsToken() {
        bot = EventSubTestAccess.client(twitch, b -> { });
        CompletableFuture<Void> running = CompletableFuture.runAsync(() ->
                bot.run(streamer.accessToken(), streamer.refreshToken()));
        EventSubTestAccess.awaitTrue("ready", bot::isReady);
        String subscription = bot.eventsub().channelFollow(streamer.id()).join().id();
        twitch.revokeToken(streamer.accessToken());
        twitch.revoke(subscription, "authorization_revoked");

        assertThat(running).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .havingCause().isInstanceOf(ClientStoppedException.class);
    }

    @Test
    void aHostClockTenMinutesAheadOfTwitchStillReceives() {
        subscribedBot(() -> Instant.now().plus(Duration.ofMinutes(10)));

        receivesAgain();
        assertThat(bot.stats().staleDropped()).isZero();
    }

    @Test
    void aNotificationOlderThanTenMinutesOnTwitchsClockIsStillDroppedOnASkewedHost() {
        subscribedBot(() -> Instant.now().minus(Duration.ofMinutes(30)));
        String old = Instant.now().minus(Duration.ofMinutes(11)).toString();
        twitch.session(bot.eventsub().subscriptions().get(0).sessionId()).sendRaw("{\"metadata\":{\"message_id\":"
                + "\"old-1\",\"message_type\":\"notification\",\"message_timestamp\":\"" + old + "\","
                + "\"subscription_type\":\"channel.follow\",\"subscription_version\":\"2\"},\"payload\":{"
                + "\"subscription\":{\"id\":\"x\",\"status\":\"enabled\",\"type\":\"channel.follow\",\"version\":"
                + "\"2\",\"cost\":0,\"condition\":{},\"transport\":{\"method\":\"websocket\"},\"created_at\":\""
                + old + "\"},\"event\":{}}}");

        EventSubTestAccess.awaitTrue("dropped as stale", () -> bot.stats().staleDropped() == 1);
        receivesAgain();
    }
}
