package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code maxMessageSize}: a message past it ends the socket as a loss, the client is on a new session with its
 * subscriptions and receives again; one within it is read as usual.
 */
class MessageSizeCapTest {
    private static final int CAP = 64 * 1024;

    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private List<LifecycleEvent> lifecycle;
    private final EventRecorder<ChannelFollowEvent> follows = new EventRecorder<>();

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

    /** Starts a bot with the cap, subscribed to follows; returns its session. */
    private String subscribed() {
        bot = EventSubTestAccess.client(twitch, b -> b.maxMessageSize(CAP));
        lifecycle = EventSubTestAccess.recordLifecycle(bot);
        bot.on(ChannelFollowEvent.class, follows);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        return bot.eventsub().channelFollow(streamer.id()).join().sessionId();
    }

    @Test
    void aMessagePastTheCapIsALossAndTheClientReceivesAgainOnANewSession() {
        String sessionId = subscribed();

        twitch.session(sessionId).sendRaw("{\"padding\":\"" + "p".repeat(CAP) + "\"}");

        EventSubTestAccess.awaitTrue("the subscription on a new session", () -> {
            List<Subscription> subs = bot.eventsub().subscriptions();
            return subs.size() == 1 && !subs.get(0).sessionId().equals(sessionId);
        });
        assertThat(lifecycle).anyMatch(e -> e instanceof SessionDisconnectedEvent d
                && d.sessionId().equals(sessionId) && d.willReconnect()
                && d.reason().contains("longer than " + CAP + " characters"));
        List<String> sent = twitch.trigger("channel.follow").to(streamer).send();
        follows.awaitExactly(1, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).containsExactly(sent.get(0));
    }

    @Test
    void aMessageWithinTheCapKeepsTheSession() {
        String sessionId = subscribed();

        twitch.session(sessionId).sendRaw("{\"padding\":\"" + "p".repeat(CAP - 20) + "\"}");
        List<String> sent = twitch.trigger("channel.follow").to(streamer).send();

        follows.awaitExactly(1, () -> twitch.trigger("channel.follow").to(streamer).send());
        assertThat(follows.messageIds()).containsExactly(sent.get(0));
        assertThat(bot.eventsub().subscriptions()).singleElement()
                .satisfies(s -> assertThat(s.sessionId()).isEqualTo(sessionId));
    }

    @Test
    void aCapTooSmallForAWelcomeIsRefused() {
        assertThatThrownBy(() -> ClientUser.builder("id", "secret").maxMessageSize(100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMessageSize");
        assertThatThrownBy(() -> ClientApp.builder("id", "secret").maxMessageSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMessageSize");
    }
}
