package dev.twitchkit.eventsub.internal.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.LifecycleEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which HTTP client a {@link ClientUser}'s sockets open on. Handlers run with a direct dispatch executor here, so
 * the thread a handler sees is the thread the JDK delivered the frame on.
 */
class SocketHttpClientTest {
    private MockTwitch twitch;
    private MockUser streamer;
    private ClientUser bot;
    private ExecutorService givenExecutor;

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
        if (givenExecutor != null) {
            givenExecutor.shutdownNow();
        }
    }

    private List<String> handlerThreads() {
        List<String> threads = new CopyOnWriteArrayList<>();
        bot.on(ChannelFollowEvent.class, n -> threads.add(Thread.currentThread().getName()));
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelFollow(streamer.id()).join();
        return threads;
    }

    /** The JDK's own executor of the sockets' client (not an inline one: see JdkWebSocketTransport.using). */
    private static final String JDK_WORKER = "HttpClient-\\d+-Worker-\\d+";

    @Test
    void withoutAGivenClientFramesReachTheSocketOnItsClientsWorkerThreads() {
        bot = EventSubTestAccess.client(twitch, b -> b.dispatchExecutor(Runnable::run));
        List<String> threads = handlerThreads();

        twitch.trigger("channel.follow").to(streamer).send();
        twitch.trigger("channel.follow").to(streamer).send();

        EventSubTestAccess.awaitTrue("two follows", () -> threads.size() == 2);
        assertThat(threads).allMatch(name -> name.matches(JDK_WORKER), "a worker thread of the JDK's executor");
    }

    @Test
    void aSessionReconnectHandsOverToANewSocketReadOnTheSameClientsWorkerThreads() {
        bot = EventSubTestAccess.client(twitch, b -> b.dispatchExecutor(Runnable::run));
        List<LifecycleEvent> lifecycle = EventSubTestAccess.recordLifecycle(bot);
        List<String> threads = handlerThreads();
        String sessionId = bot.eventsub().subscriptions().get(0).sessionId();

        twitch.session(sessionId).sendReconnect();
        EventSubTestAccess.awaitTrue("the handover",
                () -> lifecycle.stream().anyMatch(e -> e instanceof SessionReconnectedEvent));
        twitch.trigger("channel.follow").to(streamer).send();

        EventSubTestAccess.awaitTrue("a follow on the new socket", () -> threads.size() == 1);
        assertThat(threads.get(0)).matches(JDK_WORKER);
    }

    @Test
    void aGivenClientCarriesTheSocketsOnItsOwnExecutor() {
        AtomicInteger n = new AtomicInteger();
        givenExecutor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "given-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient given = HttpClient.newBuilder().executor(givenExecutor).build();
        bot = EventSubTestAccess.client(twitch, b -> b.httpClient(given).dispatchExecutor(Runnable::run));
        List<String> threads = handlerThreads();

        twitch.trigger("channel.follow").to(streamer).send();

        EventSubTestAccess.awaitTrue("the follow", () -> threads.size() == 1);
        assertThat(threads.get(0)).startsWith("given-http-");
        assertThat(bot.httpClient()).isSameAs(given);
    }
}
