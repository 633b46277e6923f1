package dev.twitchkit.micrometer;

import static dev.twitchkit.micrometer.MockClients.awaitValue;
import static dev.twitchkit.micrometer.MockClients.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.ClientUser;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A running {@link ClientUser} against the mock, bound to a {@link SimpleMeterRegistry}: the meters move. */
class TwitchkitMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private TwitchkitMetrics metrics;

    @BeforeEach
    void start() {
        twitch = MockClients.mock();
        streamer = twitch.createUser("streamer", "moderator:read:followers", "user:read:chat");
        bot = MockClients.user(twitch);
        metrics = TwitchkitMetrics.bind(bot, registry);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelFollow(streamer.id()).join();
    }

    @AfterEach
    void stop() {
        metrics.close();
        bot.close();
        twitch.close();
    }

    @Test
    void notificationsAreCountedByTypeAndDuplicatesDropped() {
        List<String> sent = twitch.trigger("channel.follow").to(streamer).repeat(3).send();
        awaitValue("three follows dispatched", () -> count(registry, DispatchMeters.DISPATCHED,
                "type", "channel.follow"), 3);

        assertThat(twitch.resend(sent.get(0))).isTrue();

        awaitValue("the resent follow dropped", () -> count(registry, StatsMeters.DROPPED, "reason", "duplicate"), 1);
        assertThat(count(registry, StatsMeters.RECEIVED)).isEqualTo(4);
        assertThat(count(registry, DispatchMeters.DISPATCHED, "type", "channel.follow")).isEqualTo(3);
        assertThat(count(registry, DispatchMeters.LAG)).isEqualTo(3);
        assertThat(count(registry, StatsMeters.DROPPED, "reason", "overflow")).isZero();
        assertThat(count(registry, DispatchMeters.BACKLOG)).isZero();
    }

    @Test
    void healthIsOneGaugePerStatusAndFollowsTheClient() {
        awaitValue("ready", () -> count(registry, HealthMeters.HEALTH, "status", "ready"), 1);
        assertThat(count(registry, HealthMeters.HEALTH, "status", "degraded")).isZero();
        assertThat(count(registry, HealthMeters.HEALTH, "status", "down")).isZero();

        bot.close();

        assertThat(count(registry, HealthMeters.HEALTH, "status", "down")).isEqualTo(1);
        assertThat(count(registry, HealthMeters.HEALTH, "status", "ready")).isZero();
    }

    @Test
    void sessionsAndSubscriptionsAreGauged() {
        assertThat(count(registry, SessionMeters.SESSIONS, "state", "connected")).isEqualTo(1);
        assertThat(count(registry, SessionMeters.SESSIONS, "state", "backing_off")).isZero();
        assertThat(count(registry, TwitchkitMetrics.SUBSCRIPTIONS)).isEqualTo(1);
        awaitValue("the subscription created", () -> count(registry, LifecycleMeters.SUBSCRIPTION_CHANGES,
                "change", "created", "status", "enabled"), 1);

        bot.eventsub().channelChatMessage(streamer.id()).join();

        assertThat(count(registry, TwitchkitMetrics.SUBSCRIPTIONS)).isEqualTo(2);
    }

    @Test
    void aHandoverAndALossAreCountedAsReconnectsWithTheCloseCode() {
        MockSession first = twitch.session(bot.eventsub().subscriptions().get(0).sessionId());
        first.sendReconnect();
        awaitValue("the handover", () -> count(registry, LifecycleMeters.RECONNECTS, "kind", "handover"), 1);

        twitch.latestSession().orElseThrow().dropTcp();

        awaitValue("the new session", () -> count(registry, LifecycleMeters.RECONNECTS, "kind", "recreated"), 1);
        assertThat(count(registry, LifecycleMeters.DISCONNECTS, "code", "1006", "cause", "abnormal")).isEqualTo(1);
        assertThat(count(registry, StatsMeters.SESSIONS_LOST)).isEqualTo(1);
        awaitValue("connected again", () -> count(registry, SessionMeters.SESSIONS, "state", "connected"), 1);
    }

    @Test
    void aTwitchCloseCodeIsNamedInTheCause() {
        twitch.latestSession().orElseThrow().close(4006);

        awaitValue("the close", () -> count(registry, LifecycleMeters.DISCONNECTS,
                "code", "4006", "cause", "network_error"), 1);
    }

    @Test
    void helixCallsAreTimedByEndpointAndStatusAndThePointsLeftGauged() {
        bot.user().users().me().join();
        twitch.failNextHelixRequests(1, 404, "Not Found");
        assertThatThrownBy(() -> bot.user().users().me().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);

        assertThat(count(registry, HelixMeters.CALLS, "endpoint", "GET /users", "status", "200")).isEqualTo(1);
        assertThat(count(registry, HelixMeters.CALLS, "endpoint", "GET /users", "status", "404")).isEqualTo(1);
        assertThat(count(registry, TokenMeters.POINTS, "token", streamer.id()))
                .isEqualTo(bot.getTokenQuota(streamer.id()).orElseThrow()).isPositive();
        assertThat(count(registry, TokenMeters.POINTS, "token", "app")).as("no call with the app token yet").isNaN();
    }

    @Test
    void tokenRefreshesAreCountedByOutcomeAndARemovedTokenLosesItsGauge() {
        twitch.expireToken(streamer.accessToken());
        bot.user().users().me().join();
        assertThat(count(registry, TokenMeters.REFRESHES, "outcome", "success")).isEqualTo(1);

        twitch.revokeRefreshToken(bot.getToken(streamer.id()).orElseThrow().refreshToken());
        assertThatThrownBy(() -> bot.maintenance().refresh(streamer.id()).join())
                .isInstanceOf(CompletionException.class);

        assertThat(count(registry, TokenMeters.REFRESHES, "outcome", "failure")).isEqualTo(1);
        assertThat(count(registry, TokenMeters.REMOVED)).isEqualTo(1);
        assertThat(registry.find(TokenMeters.POINTS).tag("token", streamer.id()).gauge()).isNull();
        assertThat(count(registry, TokenMeters.HELD)).isEqualTo(1); // the app token
    }

    @Test
    void closingTheBindingRemovesItsMetersAndListeners() {
        twitch.trigger("channel.follow").to(streamer).send();
        awaitValue("a follow", () -> count(registry, DispatchMeters.DISPATCHED, "type", "channel.follow"), 1);
        assertThat(metrics.meterIds()).isNotEmpty();

        metrics.close();
        bot.user().users().me().join();
        twitch.trigger("channel.follow").to(streamer).send();

        awaitValue("the follow after unbinding", () -> (double) bot.stats().dispatched(), 2);
        assertThat(registry.getMeters()).isEmpty();
        assertThat(metrics.meterIds()).isEmpty();
    }

    @Test
    void twoClientsInOneRegistryAreToldApartByTheirTags() {
        try (ClientUser other = MockClients.user(twitch);
             TwitchkitMetrics tagged = TwitchkitMetrics.bind(other, registry, Tags.of("client", "other"))) {
            MockUser viewer = twitch.createUser("viewer");
            other.start(viewer.accessToken(), viewer.refreshToken()).join();
            other.user().users().me().join();

            assertThat(count(registry, HelixMeters.CALLS, "client", "other", "status", "200")).isEqualTo(1);
            assertThat(tagged.meterIds()).allSatisfy(id -> assertThat(id.getTag("client")).isEqualTo("other"));
            assertThat(registry.find(HelixMeters.CALLS).tags("status", "200").timers())
                    .as("the untagged client made no call").hasSize(1);
        }
    }
}
