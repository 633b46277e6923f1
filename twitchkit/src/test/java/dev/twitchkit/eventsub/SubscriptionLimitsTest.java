package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionFailedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.helix.RateLimitedException;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Twitch's WebSocket limits, its refusals (429, 401, 409) and revocations. */
class SubscriptionLimitsTest {
    private static final String[] SCOPES = {"moderator:read:followers", "user:read:chat",
            "channel:read:subscriptions"};
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", SCOPES);
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        twitch.close();
    }

    private ClientUser loggedIn(Consumer<ClientUser.Builder> more) {
        bot = EventSubTestAccess.client(twitch, more);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        return bot;
    }

    private static Throwable failure(java.util.concurrent.CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the subscription to fail");
    }

    private int requestsRecorded() {
        int n = 0;
        try {
            while (true) {
                twitch.takeSubscriptionRequest(Duration.ofMillis(50));
                n++;
            }
        } catch (IllegalStateException none) {
            return n;
        }
    }

    @Test
    void subscriptionsBeyondOneSocketSpillOntoANewSocketUpToThree() {
        loggedIn(b -> b.socketLimits(2, 3));
        UserEventSub es = bot.eventsub();
        String id = streamer.id();
        List<Subscription> subs = List.of(es.channelFollow(id).join(), es.channelChatMessage(id).join(),
                es.streamOnline(id).join(), es.streamOffline(id).join(), es.channelSubscribe(id).join(),
                es.subscribe("channel.update", "2", Map.of("broadcaster_user_id", id)).join());

        assertThat(subs.stream().map(Subscription::sessionId).distinct()).hasSize(3);
        assertThat(bot.socketCount()).isEqualTo(3);
        requestsRecorded();
        Throwable full = failure(es.subscribe("channel.raid", "1", Map.of("to_broadcaster_user_id", id)));
        assertThat(full).isInstanceOf(SubscriptionException.class).hasMessageContaining("all 3 sockets");
        assertThat(requestsRecorded()).as("Twitch was not asked").isZero();
    }

    @Test
    void aSubscriptionOverMaxTotalCostFailsBeforeTwitchIsAsked() {
        loggedIn(b -> { });
        for (int i = 0; i < 10; i++) {
            MockUser other = twitch.createUser("other" + i);
            twitch.revokeToken(other.accessToken()); // a broadcaster who never authorized the app: cost 1
            assertThat(bot.eventsub().streamOnline(other.id()).join().cost()).isEqualTo(1);
        }
        assertThat(bot.eventsub().totalCost()).isEqualTo(10);
        requestsRecorded();
        MockUser eleventh = twitch.createUser("other10");

        Throwable over = failure(bot.eventsub().streamOnline(eleventh.id()));

        assertThat(over).isInstanceOf(SubscriptionException.class).hasMessageContaining("max_total_cost 10");
        assertThat(requestsRecorded()).isZero();
        assertThat(bot.eventsub().channelFollow(streamer.id()).join().cost()).as("cost 0 still fits").isZero();
    }

    @Test
    void aTooManySocketsAnswer429FailsTheSubscriptionWithTwitchsReason() {
        loggedIn(b -> b.socketLimits(1, 3));
        bot.eventsub().channelFollow(streamer.id()).join();
        bot.eventsub().channelChatMessage(streamer.id()).join();
        bot.eventsub().streamOnline(streamer.id()).join();
        ClientUser second = EventSubTestAccess.client(twitch);
        try {
            List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(second);
            second.start(streamer.accessToken(), streamer.refreshToken()).join();

            Throwable refused = failure(second.eventsub().streamOffline(streamer.id()));

            assertThat(refused).isInstanceOf(SubscriptionException.class)
                    .hasCauseInstanceOf(RateLimitedException.class);
            assertThat(refused.getCause().getMessage()).contains("websocket transports limit exceeded");
            EventSubTestAccess.awaitTrue("the failed event", () -> lifecycle.stream()
                    .anyMatch(e -> e instanceof SubscriptionFailedEvent f && f.type().equals("stream.offline")));
            assertThat(second.eventsub().subscriptions()).isEmpty();
        } finally {
            second.close();
        }
    }

    @Test
    void anUnauthorizedAnswerThatRefreshCannotFixFailsTheSubscription() {
        loggedIn(b -> { });
        twitch.revokeToken(streamer.accessToken()); // the refresh token goes with it

        Throwable refused = failure(bot.eventsub().channelFollow(streamer.id()));

        assertThat(refused).isInstanceOf(SubscriptionException.class);
        assertThat(refused.getMessage()).doesNotContain(streamer.accessToken()).doesNotContain(streamer.refreshToken());
    }

    @Test
    void aConflictAdoptsTheExistingSubscriptionWhenIgnoringConflicts() {
        loggedIn(b -> b.ignoreConflict(true));
        String sessionId = bot.eventsub().channelFollow(streamer.id()).join().sessionId();
        String existing = bot.user().eventSub().createSubscription("channel.chat.message", "1",
                Map.of("broadcaster_user_id", streamer.id(), "user_id", streamer.id()),
                EventSubTransport.webSocket(sessionId)).join().subscription().id();

        Subscription adopted = bot.eventsub().channelChatMessage(streamer.id()).join();

        assertThat(adopted.id()).isEqualTo(existing);
        assertThat(twitch.subscriptions()).filteredOn(s -> s.type().equals("channel.chat.message")).hasSize(1);
    }

    @Test
    void aConflictFailsWhenNotIgnoringConflicts() {
        loggedIn(b -> b.ignoreConflict(false));
        String sessionId = bot.eventsub().channelFollow(streamer.id()).join().sessionId();
        bot.user().eventSub().createSubscription("channel.chat.message", "1",
                Map.of("broadcaster_user_id", streamer.id(), "user_id", streamer.id()),
                EventSubTransport.webSocket(sessionId)).join();

        Throwable refused = failure(bot.eventsub().channelChatMessage(streamer.id()));

        assertThat(refused).isInstanceOf(SubscriptionException.class).hasCauseInstanceOf(ConflictException.class);
    }

    @Test
    void aRevokedSubscriptionIsDroppedAndReportedWithItsStatus() {
        loggedIn(b -> { });
        List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(bot);
        Subscription follow = bot.eventsub().channelFollow(streamer.id()).join();
        bot.eventsub().channelChatMessage(streamer.id()).join();

        twitch.revoke(follow.id(), "authorization_revoked");

        EventSubTestAccess.awaitTrue("the revocation", () -> lifecycle.stream().anyMatch(e ->
                e instanceof SubscriptionRevokedEvent r && r.subscription().id().equals(follow.id())
                        && r.status().equals("authorization_revoked")));
        assertThat(bot.eventsub().subscriptions()).extracting(Subscription::type).containsExactly("channel.chat.message");
        assertThatThrownBy(() -> bot.eventsub().unsubscribe(follow).join()).hasCauseInstanceOf(SubscriptionException.class);
    }
}
