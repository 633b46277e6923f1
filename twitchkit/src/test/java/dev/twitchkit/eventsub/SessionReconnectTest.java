package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code session_reconnect}: the handover keeps the session, loses nothing and delivers nothing twice. */
class SessionReconnectTest {
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", "moderator:read:followers");
        bot = EventSubTestAccess.client(twitch);
    }

    @AfterEach
    void stop() {
        bot.close();
        twitch.close();
    }

    @Test
    void noFollowLostOrDuplicatedAcrossSessionReconnectInAContinuousStream() throws Exception {
        EventRecorder<ChannelFollowEvent> follows = new EventRecorder<>();
        bot.on(ChannelFollowEvent.class, follows);
        List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(bot);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        String sessionId = bot.eventsub().channelFollow(streamer.id()).join().sessionId();

        List<String> sent = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 400; i++) {
                sent.addAll(twitch.trigger("channel.follow").to(streamer).send());
                if (i % 20 == 0) {
                    sleep(2);
                }
            }
        });
        EventSubTestAccess.awaitTrue("the stream to be under way", () -> sent.size() >= 100);
        twitch.session(sessionId).sendReconnect();
        stream.join();

        assertThat(sent).hasSize(400);
        follows.awaitExactly(400, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(bot.stats().handovers()).isEqualTo(1);
        assertThat(bot.stats().sessionsLost()).isZero();
        assertThat(bot.eventsub().subscriptions()).singleElement()
                .satisfies(s -> assertThat(s.sessionId()).isEqualTo(sessionId));
        assertThat(lifecycle).filteredOn(e -> e instanceof SessionReconnectedEvent).hasSize(1);
        // The old socket's close (ours, or Twitch's 4004 if it came first) belongs to a replaced socket: ignored.
        assertThat(lifecycle).noneMatch(e -> e instanceof SessionRecreatedEvent || e instanceof SessionDisconnectedEvent);
        assertThat(twitch.subscriptions()).singleElement().satisfies(s -> assertThat(s.enabled()).isTrue());
    }

    @Test
    void aResentMessageIsDeliveredOnce() {
        EventRecorder<ChannelFollowEvent> follows = new EventRecorder<>();
        bot.on(ChannelFollowEvent.class, follows);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelFollow(streamer.id()).join();

        List<String> sent = new ArrayList<>(twitch.trigger("channel.follow").to(streamer).repeat(3).send());
        for (String id : sent) {
            assertThat(twitch.resend(id)).isTrue();
        }

        follows.awaitExactly(3, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).containsExactlyElementsOf(sent);
        EventSubTestAccess.awaitTrue("duplicates counted", () -> bot.stats().duplicatesDropped() == 3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
