package dev.twitchkit.cli;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import dev.twitchkit.mock.MockUser;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twitchkit demo}: the README's main command. Starts the embedded mock Twitch, logs a bot in, subscribes to
 * follows and chat, and has the mock fire a scripted stream with a {@code session_reconnect} in the middle, resent
 * messages and a keepalive gap; the bot answers {@code !ping} through Helix. Ends with what the mock sent and what
 * the bot received; exits 1 if anything was lost or a command went unanswered.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a bot against the embedded mock Twitch through a reconnect and a keepalive gap, "
                + "then print what was sent, received, deduplicated and lost.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing lost, nothing twice, every command answered", "1:something was lost or late"})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--follows", defaultValue = "300",
            description = "Follows the mock sends in the reconnect phase (default: ${DEFAULT-VALUE}).")
    int follows;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        try (MockTwitch twitch = MockTwitch.builder()
                .minKeepalive(Duration.ofSeconds(1))
                .reconnectGrace(Duration.ofSeconds(5))
                .start()) {
            MockUser streamer = twitch.createUser("demo_streamer", "moderator:read:followers", "user:read:chat",
                    "user:write:chat");
            MockUser viewer = twitch.createUser("demo_viewer");
            out.println("Mock Twitch on " + twitch.urls().helix() + "; bot user " + streamer.login()
                    + " (id " + streamer.id() + ")");
            try (ClientUser bot = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                    .urls(urls(twitch.urls()))
                    .keepaliveTimeoutSeconds(2) // the gap is noticed after 3 s of silence
                    .backoff(Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(60))
                    .build()) {
                return new Script(twitch, streamer, viewer, bot).run(started);
            }
        }
    }

    private static TwitchUrls urls(MockUrls u) {
        return TwitchUrls.of(u.eventSubWebSocket(), u.helix(), u.oauth());
    }

    /** The scripted stream and the bot's view of it. */
    private final class Script {
        private final MockTwitch twitch;
        private final MockUser streamer;
        private final MockUser viewer;
        private final ClientUser bot;
        private final List<String> sent = new CopyOnWriteArrayList<>();
        private final Set<String> received = ConcurrentHashMap.newKeySet();
        private final List<String> receivedTwice = new CopyOnWriteArrayList<>();
        private final List<String> pings = new CopyOnWriteArrayList<>();
        private final AtomicInteger ownEchoes = new AtomicInteger();
        private final CountDownLatch reconnected = new CountDownLatch(1);
        private final CountDownLatch recreated = new CountDownLatch(1);
        private int resent;

        Script(MockTwitch twitch, MockUser streamer, MockUser viewer, ClientUser bot) {
            this.twitch = twitch;
            this.streamer = streamer;
            this.viewer = viewer;
            this.bot = bot;
        }

        int run(long started) throws Exception {
            bot.on(ChannelFollowEvent.class, n -> record(n));
            bot.on(ChannelChatMessageEvent.class, this::onChat);
            bot.onLifecycle(SessionReconnectedEvent.class, e -> {
                out.println("  bot: session handed over to a new socket (" + e.sessionId() + ")");
                reconnected.countDown();
            });
            bot.onLifecycle(SessionDisconnectedEvent.class, e -> out.println("  bot: connection lost ("
                    + e.code() + " " + e.reason() + "), reconnecting"));
            bot.onLifecycle(SessionRecreatedEvent.class, e -> {
                out.println("  bot: new session " + e.sessionId() + ", subscriptions recreated");
                recreated.countDown();
            });

            // Bounded: a subscription waits through reconnects for as long as it takes; the demo does not.
            bot.start(streamer.accessToken(), streamer.refreshToken()).orTimeout(20, TimeUnit.SECONDS).join();
            bot.eventsub().channelFollow(streamer.id()).orTimeout(20, TimeUnit.SECONDS).join();
            bot.eventsub().channelChatMessage(streamer.id()).orTimeout(20, TimeUnit.SECONDS).join();
            out.println("1. Bot logged in and subscribed to channel.follow and channel.chat.message");

            chat("hello everyone");
            chat("!ping");
            send(twitch.trigger("channel.follow").to(streamer).repeat(10).send());
            awaitReceived("the first events");

            out.println("2. A stream of " + follows + " follows; Twitch asks the bot to reconnect in the middle");
            String sessionId = bot.eventsub().subscriptions().get(0).sessionId();
            for (int i = 0; i < follows; i++) {
                send(twitch.trigger("channel.follow").to(streamer).send());
                if (i == follows / 3) {
                    twitch.session(sessionId).sendReconnect();
                }
            }
            check(reconnected.await(10, TimeUnit.SECONDS), "the handover");
            chat("!ping");
            awaitReceived("the stream");

            out.println("3. The mock sends 5 messages again (at-least-once delivery)");
            for (String id : sent.subList(sent.size() - 5, sent.size())) {
                if (twitch.resend(id)) {
                    resent++;
                }
            }

            out.println("4. The mock goes silent: no keepalives, no events");
            twitch.session(sessionId).stopKeepalives();
            check(recreated.await(15, TimeUnit.SECONDS), "the new session after the keepalive gap");
            awaitUntil("the subscriptions on the new session", () -> bot.eventsub().subscriptions().size() == 2
                    && bot.eventsub().subscriptions().stream().noneMatch(s -> s.sessionId().equals(sessionId)));
            send(twitch.trigger("channel.follow").to(streamer).repeat(10).send());
            chat("!ping");
            awaitReceived("the events after the gap");
            awaitUntil("the pongs", () -> pongs().size() >= pings.size());
            Thread.sleep(200); // let any straggler or duplicate arrive before counting

            return summary(started);
        }

        private void chat(String text) {
            send(twitch.trigger("channel.chat.message").to(streamer)
                    .override("chatter_user_id", viewer.id())
                    .override("message.text", text).send());
        }

        private void onChat(Notification<ChannelChatMessageEvent> n) {
            ChannelChatMessageEvent chat = n.event();
            if (chat.chatterUserId().equals(bot.userId())) {
                ownEchoes.incrementAndGet(); // Twitch echoes the bot's own replies into the chat subscription
                return;
            }
            record(n);
            if (chat.message().text().trim().equals("!ping")) {
                pings.add(chat.messageId());
                // Numbered: Twitch chat drops a message identical to the sender's previous one within 30 s.
                bot.user().chat().sendChatMessage(chat.broadcasterUserId(), bot.userId(),
                        "pong #" + pings.size() + " @" + chat.chatterUserLogin(), chat.messageId()).join();
            }
        }

        private void record(Notification<?> n) {
            if (!received.add(n.messageId())) {
                receivedTwice.add(n.messageId());
            }
        }

        private void send(List<String> ids) {
            sent.addAll(ids);
        }

        private List<MockChatMessage> pongs() {
            return twitch.chatMessages().stream().filter(m -> m.text().startsWith("pong #")).toList();
        }

        private void awaitReceived(String what) throws InterruptedException {
            awaitUntil(what, () -> received.containsAll(sent));
        }

        private void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!condition.getAsBoolean()) {
                check(System.nanoTime() < deadline, what);
                Thread.sleep(20);
            }
        }

        private void check(boolean ok, String what) {
            if (!ok) {
                throw new IllegalStateException("the demo timed out waiting for " + what);
            }
        }

        private int summary(long started) {
            Set<String> lost = new HashSet<>(sent);
            lost.removeAll(received);
            EventSubStats stats = bot.stats();
            List<MockChatMessage> pongs = pongs();
            out.println();
            out.println("Summary");
            out.printf("  events sent by the mock           %6d  (+%d sent twice; the mock counted %d notifications)%n",
                    sent.size(), resent, twitch.counters().sent());
            out.printf("  events received by the bot        %6d  (+%d echoes of its own replies)%n", received.size(),
                    ownEchoes.get());
            out.printf("  duplicates dropped by the engine  %6d%n", stats.duplicatesDropped());
            out.printf("  duplicates reaching handlers      %6d%n", receivedTwice.size());
            out.printf("  lost                              %6d%n", lost.size());
            out.printf("  session handovers / sessions lost %6d / %d%n", stats.handovers(), stats.sessionsLost());
            out.printf("  !ping commands answered           %6d of %d%n", pongs.size(), pings.size());
            out.printf("  took                              %6.1f s%n", (System.nanoTime() - started) / 1e9);
            boolean ok = lost.isEmpty() && receivedTwice.isEmpty() && pongs.size() == pings.size();
            out.println(ok ? "OK: nothing lost, nothing twice, every command answered." : "FAILED");
            return ok ? 0 : 1;
        }
    }
}
