package dev.twitchkit.eventsub.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.SubscriptionRequest;
import dev.twitchkit.mock.junit.MockTwitchExtension;
import dev.twitchkit.mock.junit.MockTwitchSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A subscription the registry can tell is wrong fails at once, on both clients, with an error naming what is
 * missing, and no request reaches Twitch (the mock records every Create EventSub Subscription request, whatever it
 * answers). A pair the registry does not know, or a newer version forced as a string, is sent unchecked, and its
 * events arrive as {@link RawEvent}.
 */
@ExtendWith(MockTwitchExtension.class)
@MockTwitchSettings(minKeepaliveMillis = 1_000, subscriptionTimeoutMillis = 5_000)
class CheckedBeforeTwitchTest {
    private static final Duration NOTHING_SENT_WAIT = Duration.ofMillis(200);

    private static MockTwitch twitch;
    private static MockUser streamer;
    private static ClientUser bot;
    private static ClientApp app;

    @BeforeAll
    static void start(MockTwitch mock) {
        twitch = mock;
        // Chat and follows only: enough to own a session, not enough for channel.subscribe.
        streamer = twitch.createUser("checkedstreamer", "user:read:chat", "moderator:read:followers");
        bot = EventSubTestAccess.client(twitch);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        app = ClientApp.builder(twitch.clientId(), twitch.clientSecret())
                .urls(EventSubTestAccess.urls(twitch))
                .connectTimeout(Duration.ofSeconds(3))
                .shardConnectTimeout(Duration.ofSeconds(5))
                .associationLinger(Duration.ofMillis(10))
                .watchShardDisabled(false)
                .helixSettings(AppTestSupport.FAST)
                .tokenMaintenance(false)
                .build();
        app.authorize().join();
        Conduit conduit = app.conduits().create(1).join();
        app.connect(conduit.id(), 0).join();
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        for (EventSub eventSub : List.of(bot.eventsub(), app.eventsub())) {
            assertRefusedBeforeTwitch(eventSub.channelFollow(streamer.id(), null),
                    "channel.follow v2 condition missing moderator_user_id");
            assertRefusedBeforeTwitch(eventSub.streamOnline(" "), "missing broadcaster_user_id");
        }
    }

    @Test
    void aOneOfNeedsExactlyOneSide() {
        MockUser other = twitch.createUser("raidtarget");
        for (EventSub eventSub : List.of(bot.eventsub(), app.eventsub())) {
            assertRefusedBeforeTwitch(eventSub.channelRaid(streamer.id(), other.id()),
                    "takes only one of from_broadcaster_user_id and to_broadcaster_user_id, not both");
            assertRefusedBeforeTwitch(eventSub.channelRaid(null, null),
                    "needs one of from_broadcaster_user_id or to_broadcaster_user_id");
        }
    }

    @Test
    void anUnknownFieldOfAKnownTypeIsNamedWithTheAcceptedOnes() {
        for (EventSub eventSub : List.of(bot.eventsub(), app.eventsub())) {
            assertRefusedBeforeTwitch(eventSub.subscribe("stream.online", "1",
                            Map.of("broadcaster_user_id", streamer.id(), "broadcaster_id", streamer.id())),
                    "unknown field broadcaster_id (accepted: broadcaster_user_id)");
        }
    }

    @Test
    void aUserTokenWithoutTheScopeIsRefusedNamingTheScope() {
        assertRefusedBeforeTwitch(bot.eventsub().channelSubscribe(),
                "channel.subscribe v1 needs scope channel:read:subscriptions");
        assertRefusedBeforeTwitch(bot.eventsub().channelPollBegin(),
                "needs scope (channel:read:polls or channel:manage:polls)");
    }

    @Test
    void onAConduitTheAuthorizingUsersGrantedScopesAreCheckedWhenTheAppHoldsTheirToken() throws Exception {
        MockUser chatOnly = twitch.createUser("chatonlymod", "user:read:chat");
        app.addUser(chatOnly.accessToken(), chatOnly.refreshToken()).get(5, TimeUnit.SECONDS);
        app.addUser(streamer.accessToken(), streamer.refreshToken()).get(5, TimeUnit.SECONDS);

        assertRefusedBeforeTwitch(app.eventsub().channelFollow(streamer.id(), chatOnly.id()),
                "channel.follow v2 needs scope moderator:read:followers from moderator_user_id " + chatOnly.id()
                        + ", who has not granted it to this client");

        Subscription granted = app.eventsub().channelFollow(streamer.id(), streamer.id()).get(5, TimeUnit.SECONDS);
        assertThat(twitch.takeSubscriptionRequest().subscriptionId()).isEqualTo(granted.id());

        // The app holds no token of this user, so it cannot know the grant: Twitch decides (and refuses).
        MockUser unknownToTheApp = twitch.createUser("strangermod", "user:read:chat");
        Throwable leftToTwitch = failure(app.eventsub().channelFollow(streamer.id(), unknownToTheApp.id()));
        assertThat(leftToTwitch).hasMessageContaining("403");
        assertThat(twitch.takeSubscriptionRequest().status()).isEqualTo(403);
    }

    @Test
    void anAppTokenTypeIsRefusedOnAWebSocketSession() {
        assertRefusedBeforeTwitch(bot.eventsub().userAuthorizationGrant(twitch.clientId()),
                "needs an app access token");
    }

    @Test
    void anUnknownPairOrAForcedNewerVersionIsSentUnchecked() {
        for (EventSub eventSub : List.of(bot.eventsub(), app.eventsub())) {
            Map<String, String> condition = Map.of("broadcaster_user_id", streamer.id(), "shiny", "yes");
            Throwable forced = failure(eventSub.subscribe("channel.follow", "3", condition));
            assertThat(forced).as("refused by Twitch, not by the registry")
                    .isInstanceOf(SubscriptionException.class).hasMessageContaining("400");
            SubscriptionRequest sent = twitch.takeSubscriptionRequest();
            assertThat(sent.type()).isEqualTo("channel.follow");
            assertThat(sent.version()).isEqualTo("3");
            assertThat(sent.condition()).isEqualTo(condition);

            failure(eventSub.subscribe("channel.brand_new_thing", "1", condition));
            assertThat(twitch.takeSubscriptionRequest().type()).isEqualTo("channel.brand_new_thing");
        }
    }

    @Test
    void aForcedNewerVersionAndAnUnknownTypeArriveRaw() throws Exception {
        List<Notification<RawEvent>> raw = new CopyOnWriteArrayList<>();
        List<Notification<ChannelFollowEvent>> typed = new CopyOnWriteArrayList<>();
        List<Notification<EventSubEvent>> byType = new CopyOnWriteArrayList<>();
        bot.on(RawEvent.class, raw::add);
        bot.on(ChannelFollowEvent.class, typed::add);
        bot.onRaw("channel.follow", byType::add);
        Subscription follow = bot.eventsub().channelFollow().get(5, TimeUnit.SECONDS);
        twitch.takeSubscriptionRequest();

        twitch.session(follow.sessionId()).sendRaw(notification("forced-1", "channel.follow", "3",
                follow.sessionId(), "{\"user_id\":\"1\",\"followed_at\":\"2026-01-01T00:00:00Z\",\"new\":true}"));
        twitch.session(follow.sessionId()).sendRaw(notification("unknown-1", "channel.brand_new_thing", "1",
                follow.sessionId(), "{\"shiny\":true}"));

        EventSubTestAccess.awaitTrue("both raw events", () -> raw.size() == 2 && byType.size() == 1);
        assertThat(raw).extracting(Notification::messageId).containsExactly("forced-1", "unknown-1");
        assertThat(raw.get(0).version()).isEqualTo("3");
        assertThat(raw.get(0).rawEvent().get("new").asBoolean()).isTrue();
        assertThat(byType.get(0).event()).isInstanceOf(RawEvent.class);
        assertThat(typed).as("a v3 follow is no ChannelFollowEvent").isEmpty();
    }

    /** The future failed at once with a {@link SubscriptionException} saying {@code what}, and Twitch was not asked. */
    private static void assertRefusedBeforeTwitch(CompletableFuture<Subscription> future, String what) {
        assertThat(future).as("failed before any request").isCompletedExceptionally();
        assertThat(failure(future)).isInstanceOf(SubscriptionException.class).hasMessageContaining(what);
        assertThatThrownBy(() -> twitch.takeSubscriptionRequest(NOTHING_SENT_WAIT))
                .as("a request reached the mock").isInstanceOf(IllegalStateException.class);
    }

    private static Throwable failure(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
        assertThat(thrown).as("the future failed").isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    private static String notification(String messageId, String type, String version, String sessionId,
                                       String event) {
        Function<String, String> quoted = s -> "\"" + s + "\"";
        return "{\"metadata\":{\"message_id\":" + quoted.apply(messageId)
                + ",\"message_type\":\"notification\",\"message_timestamp\":" + quoted.apply(Instant.now().toString())
                + ",\"subscription_type\":" + quoted.apply(type) + ",\"subscription_version\":"
                + quoted.apply(version) + "},\"payload\":{\"subscription\":{\"id\":" + quoted.apply(messageId + "-sub")
                + ",\"status\":\"enabled\",\"type\":" + quoted.apply(type) + ",\"version\":" + quoted.apply(version)
                + ",\"cost\":0,\"condition\":{},\"transport\":{\"method\":\"websocket\",\"session_id\":"
                + quoted.apply(sessionId) + "},\"created_at\":\"2026-01-01T00:00:00Z\"},\"event\":" + event + "}}";
    }
}
