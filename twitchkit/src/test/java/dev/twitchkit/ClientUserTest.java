package dev.twitchkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.auth.ScopeSet;
import dev.twitchkit.auth.Token;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.Registration;
import dev.twitchkit.eventsub.SessionState;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import dev.twitchkit.eventsub.lifecycle.SessionConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionCreatedEvent;
import dev.twitchkit.eventsub.lifecycle.TokenRemovedEvent;
import dev.twitchkit.eventsub.lifecycle.TokenUpdatedEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientUserTest {
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers", "user:read:chat", "user:write:chat",
                "channel:read:subscriptions");
        bot = EventSubTestAccess.client(twitch);
    }

    @AfterEach
    void stop() {
        bot.close();
        twitch.close();
    }

    @Test
    void typedHandlerReceivesTheEventWithItsMetadata() {
        List<Notification<ChannelFollowEvent>> follows = new CopyOnWriteArrayList<>();
        bot.on(ChannelFollowEvent.class, follows::add);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        Subscription sub = bot.eventsub().channelFollow(streamer.id()).join();

        List<String> sent = twitch.trigger("channel.follow").to(streamer).send();

        EventSubTestAccess.awaitTrue("the follow", () -> follows.size() == 1);
        Notification<ChannelFollowEvent> n = follows.get(0);
        assertThat(n.messageId()).isEqualTo(sent.get(0));
        assertThat(n.subscription().id()).isEqualTo(sub.id());
        assertThat(n.type()).isEqualTo("channel.follow");
        assertThat(n.event().broadcasterUserId()).isEqualTo(streamer.id());
        assertThat(n.rawEvent().get("user_login").asString()).isEqualTo(n.event().userLogin());
        assertThat(n.messageTimestamp()).isNotNull();
    }

    @Test
    void severalHandlersPerEventAndARegistrationRemovesOne() throws Exception {
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        List<String> byType = new CopyOnWriteArrayList<>();
        Registration r = bot.on(ChannelFollowEvent.class, n -> first.add(n.messageId()));
        bot.on(ChannelFollowEvent.class, n -> second.add(n.messageId()));
        bot.onRaw("channel.follow", n -> byType.add(n.messageId()));
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelFollow(streamer.id()).join();

        twitch.trigger("channel.follow").to(streamer).send();
        EventSubTestAccess.awaitTrue("both handlers", () -> first.size() == 1 && second.size() == 1 && byType.size() == 1);
        r.close();
        twitch.trigger("channel.follow").to(streamer).send();
        EventSubTestAccess.awaitTrue("the second follow", () -> second.size() == 2 && byType.size() == 2);
        assertThat(first).hasSize(1);
    }

    @Test
    void socketOpensLazilyAndEarlySubscriptionsAreCreatedAfterTheWelcome() {
        List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(bot);
        bot.login(streamer.accessToken(), streamer.refreshToken()).join();
        assertThat(bot.socketCount()).isZero();
        assertThat(bot.sessionState()).isEqualTo(SessionState.IDLE);
        assertThat(twitch.sessions()).isEmpty();

        CompletableFuture<Subscription> follow = bot.eventsub().channelFollow(streamer.id());
        CompletableFuture<Subscription> chat = bot.eventsub().channelChatMessage(streamer.id());
        bot.connect().join();

        assertThat(follow.join().sessionId()).isEqualTo(chat.join().sessionId());
        assertThat(twitch.sessions()).hasSize(1);
        assertThat(bot.isReady()).isTrue();
        EventSubTestAccess.awaitTrue("ready", () -> lifecycle.stream().anyMatch(e -> e instanceof ReadyEvent));
        assertThat(lifecycle).filteredOn(e -> e instanceof SessionConnectedEvent).hasSize(1);
        assertThat(lifecycle).filteredOn(e -> e instanceof SubscriptionCreatedEvent).hasSize(2);
    }

    @Test
    void unmodelledTypesArriveAsRawEvents() {
        List<Notification<RawEvent>> raw = new CopyOnWriteArrayList<>();
        List<Notification<EventSubEvent>> all = new CopyOnWriteArrayList<>();
        bot.on(RawEvent.class, raw::add);
        bot.onRaw("channel.brand_new_thing", all::add);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelFollow(streamer.id()).join();
        String sessionId = bot.eventsub().subscriptions().get(0).sessionId();

        twitch.session(sessionId).sendRaw("{\"metadata\":{\"message_id\":\"raw-1\",\"message_type\":\"notification\","
                + "\"message_timestamp\":\"" + java.time.Instant.now() + "\",\"subscription_type\":\"channel.brand_new_thing\","
                + "\"subscription_version\":\"7\"},\"payload\":{\"subscription\":{\"id\":\"x\",\"status\":\"enabled\","
                + "\"type\":\"channel.brand_new_thing\",\"version\":\"7\",\"cost\":0,\"condition\":{},"
                + "\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + sessionId + "\"},"
                + "\"created_at\":\"2026-01-01T00:00:00Z\"},\"event\":{\"shiny\":true}}}");

        EventSubTestAccess.awaitTrue("the raw event", () -> raw.size() == 1 && all.size() == 1);
        assertThat(raw.get(0).event().type()).isEqualTo("channel.brand_new_thing");
        assertThat(raw.get(0).event().json().get("shiny").asBoolean()).isTrue();
    }

    @Test
    void badConditionsAndMissingScopesFailBeforeTwitchIsAsked() {
        bot.login(streamer.accessToken(), streamer.refreshToken()).join();
        assertThatThrownBy(() -> bot.eventsub().subscribe("channel.follow", "2",
                Map.of("broadcaster_user_id", streamer.id())).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(SubscriptionException.class)
                .hasMessageContaining("moderator_user_id");
        assertThatThrownBy(() -> bot.eventsub().subscribe("channel.ban", "1",
                Map.of("broadcaster_user_id", streamer.id())).join())
                .hasCauseInstanceOf(SubscriptionException.class).hasMessageContaining("channel:moderate");
        assertThat(twitch.sessions()).isEmpty();
    }

    @Test
    void tokenUpdatesAndRemovalsBecomeLifecycleEvents() {
        List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(bot);
        bot.login(streamer.accessToken(), streamer.refreshToken()).join();
        bot.removeToken(streamer.id());
        EventSubTestAccess.awaitTrue("both token events", () -> lifecycle.containsAll(List.of(
                new TokenUpdatedEvent(streamer.id()), new TokenRemovedEvent(streamer.id()))));
        assertThat(lifecycle.indexOf(new TokenUpdatedEvent(streamer.id())))
                .isLessThan(lifecycle.indexOf(new TokenRemovedEvent(streamer.id())));
    }

    @Test
    void runBlocksUntilCloseAndRunsTheSetupHookFirst() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hooks = new java.util.concurrent.atomic.AtomicInteger();
        ClientUser.Builder builder = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                .urls(EventSubTestAccess.urls(twitch)).tokenMaintenance(false);
        try (ClientUser custom = new ClientUser(builder) {
            @Override
            protected void setupHook() {
                hooks.incrementAndGet();
            }
        }) {
            Thread runner = new Thread(() -> custom.run(streamer.accessToken(), streamer.refreshToken()));
            runner.start();
            assertThat(custom.waitUntilReady(Duration.ofSeconds(5))).isTrue();
            assertThat(hooks).hasValue(1);
            assertThat(runner.isAlive()).isTrue();
            custom.close();
            runner.join(5000);
            assertThat(runner.isAlive()).isFalse();
        }
    }

    @Test
    void freshnessIsJudgedOnTheInjectedClock() {
        ClientUser onMockTime = EventSubTestAccess.client(twitch, b -> b.clock(twitch.clock()));
        try (onMockTime) {
            List<String> follows = new CopyOnWriteArrayList<>();
            onMockTime.on(ChannelFollowEvent.class, n -> follows.add(n.messageId()));
            onMockTime.start(streamer.accessToken(), streamer.refreshToken()).join();
            Subscription sub = onMockTime.eventsub().channelFollow(streamer.id()).join();
            twitch.clock().advance(Duration.ofMinutes(20));

            // Stamped with the wall clock: 20 minutes old on the client's (the mock's) clock, so stale.
            twitch.session(sub.sessionId()).sendRaw("{\"metadata\":{\"message_id\":\"wall-1\","
                    + "\"message_type\":\"notification\",\"message_timestamp\":\"" + java.time.Instant.now()
                    + "\"},\"payload\":{\"subscription\":{\"id\":\"" + sub.id() + "\",\"status\":\"enabled\","
                    + "\"type\":\"channel.follow\",\"version\":\"2\",\"cost\":0,\"condition\":{}},"
                    + "\"event\":{\"user_id\":\"1\"}}}");
            List<String> sent = twitch.trigger("channel.follow").to(streamer).send(); // stamped on the mock's clock

            EventSubTestAccess.awaitTrue("the fresh follow", () -> follows.equals(sent));
            assertThat(onMockTime.stats().staleDropped()).isEqualTo(1);
        }
    }

    @Test
    void usingTheClientBeforeLoginSaysWhatToDo() {
        assertThatThrownBy(() -> bot.eventsub()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("login");
        assertThat(bot.isReady()).isFalse();
    }

    @Test
    void waitUntilReadyAndClose() throws Exception {
        assertThat(bot.waitUntilReady(Duration.ofMillis(50))).isFalse();
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        assertThat(bot.waitUntilReady(Duration.ofSeconds(1))).isTrue();
        bot.close();
        assertThat(bot.isClosed()).isTrue();
        assertThat(bot.isReady()).isFalse();
    }

    @Test
    void clientsShareOneSessionSchedulerAndLeaveItRunningWhenTheyClose() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
        timers.setRemoveOnCancelPolicy(true);
        MockUser other = twitch.createUser("other", "moderator:read:followers");
        ClientUser second = EventSubTestAccess.client(twitch, b -> b.sessionScheduler(timers));
        ClientUser first = EventSubTestAccess.client(twitch, b -> b.sessionScheduler(timers));
        try {
            List<String> received = new CopyOnWriteArrayList<>();
            first.on(ChannelFollowEvent.class, n -> received.add("first"));
            second.on(ChannelFollowEvent.class, n -> received.add("second"));
            first.start(streamer.accessToken(), streamer.refreshToken()).join();
            second.start(other.accessToken(), other.refreshToken()).join();
            first.eventsub().channelFollow(streamer.id()).join();
            second.eventsub().channelFollow(other.id()).join();

            // Each welcomed socket's keepalive watchdog waits on the shared scheduler.
            EventSubTestAccess.awaitTrue("both watchdogs", () -> timers.getQueue().size() == 2);
            twitch.trigger("channel.follow").to(streamer).send();
            twitch.trigger("channel.follow").to(other).send();
            EventSubTestAccess.awaitTrue("both follows", () -> received.size() == 2);
            assertThat(received).containsExactlyInAnyOrder("first", "second");

            first.close();
            assertThat(timers.getQueue()).hasSize(1);
            second.close();
            assertThat(timers.getQueue()).isEmpty();
            assertThat(timers.isShutdown()).isFalse();
        } finally {
            first.close();
            second.close();
            timers.shutdownNow();
        }
    }

    @Test
    void aMissingAccessTokenFailsBeforeAnyTokenIsRequested() {
        assertThatThrownBy(() -> bot.start(null, streamer.refreshToken()))
                .isInstanceOf(NullPointerException.class).hasMessage("accessToken must not be null");
        assertThatThrownBy(() -> bot.start(" ", streamer.refreshToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("accessToken must not be blank");
        assertThat(twitch.tokenRequestCount()).isZero();
        assertThat(bot.getToken(twitch.clientId())).isEmpty();
    }

    @Test
    void startsWithAGivenTokenAgainstAServerWithoutOAuth() {
        // The id server's address leads nowhere, as on a server that has no OAuth endpoints; maintenance is on.
        TwitchUrls noOAuth = TwitchUrls.of(twitch.urls().eventSubWebSocket(), twitch.urls().helix(),
                URI.create("http://127.0.0.1:1/oauth2"));
        try (ClientUser given = ClientUser.builder(twitch.clientId(), twitch.clientSecret()).urls(noOAuth)
                .maintenanceTick(Duration.ofMillis(20)).build()) {
            List<String> follows = new CopyOnWriteArrayList<>();
            given.on(ChannelFollowEvent.class, n -> follows.add(n.messageId()));
            given.startWithoutValidation(Token.ofUser(streamer.id(), streamer.login(), streamer.accessToken(), null,
                    ScopeSet.ofStrings(streamer.scopes()))).join();
            given.eventsub().channelFollow(streamer.id()).join();
            List<String> sent = twitch.trigger("channel.follow").to(streamer).send();

            EventSubTestAccess.awaitTrue("the follow", () -> follows.equals(sent));
            assertThat(given.isReady()).isTrue();
            assertThat(given.userId()).isEqualTo(streamer.id());
            // The given scopes are checked before Twitch is asked: channel.ban needs channel:moderate.
            assertThatThrownBy(() -> given.eventsub().channelBan(streamer.id()).join())
                    .hasCauseInstanceOf(SubscriptionException.class).hasMessageContaining("channel:moderate");
            assertThat(twitch.validationCount(streamer.accessToken())).isZero();
            assertThat(twitch.tokenRequestCount()).isZero();
            assertThat(given.getToken(twitch.clientId())).isEmpty();
        }
    }

    @Test
    void aGivenTokenMustBeAUsersToken() {
        assertThatThrownBy(() -> bot.loginWithoutValidation(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("token must not be null");
        assertThatThrownBy(() -> bot.loginWithoutValidation(Token.ofUser(twitch.clientId(), null, "t", null,
                ScopeSet.empty()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client id");
        assertThatThrownBy(() -> bot.loginWithoutValidation(new Token("someone", null, "t", null, null, null, null,
                true))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app token");
        assertThat(bot.userId()).isNull();
    }

    @Test
    void sessionSchedulerMustNotBeNull() {
        assertThatThrownBy(() -> ClientUser.builder("id", "secret").sessionScheduler(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("scheduler");
    }
}
