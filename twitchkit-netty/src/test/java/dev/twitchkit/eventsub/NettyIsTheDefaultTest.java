package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With twitchkit-netty on the class path, a client built without {@code transport(...)} reads its sockets on
 * Netty's shared event loop (found through {@code WebSocketTransportProvider}), so the library's own tests that this
 * module runs again run on Netty.
 */
class NettyIsTheDefaultTest {

    @Test
    void aClientThatNamesNoTransportReadsOnNettysThreads() throws Exception {
        try (MockTwitch twitch = EventSubTestAccess.fastMock().start()) {
            MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
            CompletableFuture<String> readingThread = new CompletableFuture<>();
            // Handlers on the reading thread: the handler's thread is the transport's.
            try (ClientUser bot = EventSubTestAccess.client(twitch, b -> b.dispatchExecutor(Runnable::run))) {
                bot.on(ChannelFollowEvent.class, n -> readingThread.complete(Thread.currentThread().getName()));
                bot.start(streamer.accessToken(), streamer.refreshToken()).join();
                bot.eventsub().channelFollow(streamer.id()).join();

                twitch.trigger("channel.follow").to(streamer).send();

                assertThat(readingThread.get(10, TimeUnit.SECONDS)).startsWith("twitchkit-netty-");
            }
        }
    }
}
