package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metrics hooks of a socket client: {@code dispatchBacklog()} and {@code sessionStates()}. */
class DispatchBacklogTest {
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
    void theBacklogCountsNotificationsWaitingBehindABlockedHandler() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        bot.on(ChannelFollowEvent.class, n -> {
            entered.countDown();
            release.await();
        });
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelFollow(streamer.id()).join();
        assertThat(bot.dispatchBacklog()).isZero();

        twitch.trigger("channel.follow").to(streamer).send();
        entered.await();
        twitch.trigger("channel.follow").to(streamer).repeat(2).send();

        EventSubTestAccess.awaitTrue("two waiting", () -> bot.dispatchBacklog() == 2);
        release.countDown();
        EventSubTestAccess.awaitTrue("none waiting", () -> bot.dispatchBacklog() == 0
                && bot.stats().dispatched() == 3);
    }

    @Test
    void sessionStatesListEverySocket() {
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        assertThat(bot.sessionStates()).isEmpty();

        bot.eventsub().channelFollow(streamer.id()).join();

        assertThat(bot.sessionStates()).containsExactly(SessionState.CONNECTED);
    }
}
