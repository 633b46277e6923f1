package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad frames and bad handlers never stop reading nor cost the connection. */
class DispatchRobustnessTest {
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers");
    }

    @AfterEach
    void stop() {
        bot.close();
        twitch.close();
    }

    /** A client whose {@code onError} records what reached it. */
    private String connect(java.util.function.Consumer<ClientUser.Builder> more) {
        ClientUser.Builder builder = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                .urls(EventSubTestAccess.urls(twitch)).tokenMaintenance(false).keepaliveTimeoutSeconds(2);
        more.accept(builder);
        bot = new ClientUser(builder) {
            @Override
            protected void onError(Throwable error, String context) {
                errors.add(error.getMessage());
            }
        };
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        return bot.eventsub().channelFollow(streamer.id()).join().sessionId();
    }

    @Test
    void malformedFramesAreCountedAndReadingGoesOn() {
        EventRecorder<ChannelFollowEvent> follows = new EventRecorder<>();
        String sessionId = connect(b -> { });
        bot.on(ChannelFollowEvent.class, follows);

        twitch.session(sessionId).sendRaw("{not json at all");
        twitch.session(sessionId).sendRaw("[]");
        twitch.session(sessionId).sendRaw("{\"metadata\":{\"message_id\":\"u-1\",\"message_type\":\"session_teleport\","
                + "\"message_timestamp\":\"" + Instant.now() + "\"},\"payload\":{}}");
        List<String> sent = twitch.trigger("channel.follow").to(streamer).send();

        follows.awaitExactly(1, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).containsExactlyElementsOf(sent);
        assertThat(bot.stats().malformedFrames()).isEqualTo(2);
        assertThat(bot.stats().unknownMessageTypes()).isEqualTo(1);
        assertThat(bot.stats().sessionsLost()).isZero();
        assertThat(bot.sessionState()).isEqualTo(SessionState.CONNECTED);
    }

    @Test
    void notificationsOlderThanTenMinutesAreDropped() {
        EventRecorder<ChannelFollowEvent> follows = new EventRecorder<>();
        String sessionId = connect(b -> { });
        bot.on(ChannelFollowEvent.class, follows);
        String subscriptionId = bot.eventsub().subscriptions().get(0).id();

        twitch.session(sessionId).sendRaw("{\"metadata\":{\"message_id\":\"old-1\",\"message_type\":\"notification\","
                + "\"message_timestamp\":\"" + Instant.now().minusSeconds(11 * 60) + "\",\"subscription_type\":"
                + "\"channel.follow\",\"subscription_version\":\"2\"},\"payload\":{\"subscription\":{\"id\":\""
                + subscriptionId + "\",\"status\":\"enabled\",\"type\":\"channel.follow\",\"version\":\"2\",\"cost\":0,"
                + "\"condition\":{},\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + sessionId + "\"},"
                + "\"created_at\":\"" + Instant.now() + "\"},\"event\":{\"user_id\":\"1\"}}}");
        twitch.trigger("channel.follow").to(streamer).send();

        follows.awaitExactly(1, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(bot.stats().staleDropped()).isEqualTo(1);
    }

    @Test
    void slowAndThrowingHandlersNeverStopReadingNorLoseTheConnection() {
        List<String> order = new CopyOnWriteArrayList<>();
        String sessionId = connect(b -> { });
        bot.on(ChannelFollowEvent.class, n -> {
            Thread.sleep(100); // slower than Twitch: 30 events take 3 s, longer than the keepalive
            order.add(n.messageId());
        });
        bot.on(ChannelFollowEvent.class, n -> {
            throw new IllegalStateException("handler bug on " + n.messageId());
        });

        List<String> sent = twitch.trigger("channel.follow").to(streamer).repeat(30).send();

        EventSubTestAccess.awaitTrue("all 30 handled", () -> order.size() == 30);
        assertThat(order).containsExactlyElementsOf(sent);
        assertThat(errors).hasSize(30).allMatch(m -> m.startsWith("handler bug on"));
        assertThat(bot.stats().handlerErrors()).isEqualTo(30);
        assertThat(bot.stats().sessionsLost()).isZero();
        assertThat(bot.eventsub().subscriptions()).singleElement()
                .satisfies(s -> assertThat(s.sessionId()).isEqualTo(sessionId));
    }

    @Test
    void aFullQueueDropsByItsPolicyAndCountsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> handled = new CopyOnWriteArrayList<>();
        connect(b -> b.dispatchQueue(5, OverflowPolicy.DROP_NEWEST));
        bot.on(ChannelFollowEvent.class, n -> {
            release.await(5, TimeUnit.SECONDS);
            handled.add(n.messageId());
        });

        List<String> sent = twitch.trigger("channel.follow").to(streamer).repeat(20).send();
        EventSubTestAccess.awaitTrue("overflow", () -> bot.stats().delivered() == 20);
        release.countDown();

        EventSubTestAccess.awaitTrue("the kept ones handled", () -> handled.size() + bot.stats().overflowDropped() == 20);
        assertThat(bot.stats().overflowDropped()).isGreaterThanOrEqualTo(14);
        assertThat(handled).isSubsetOf(sent).startsWith(sent.get(0));
        assertThat(bot.sessionState()).isEqualTo(SessionState.CONNECTED);
    }
}
