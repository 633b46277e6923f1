package dev.twitchkit.eventsub;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.helix.HelixSettings;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a soak of the engine under random faults. A bot receives a steady stream of follows from the mock
 * while, every few seconds, one fault of the fault matrix strikes (a dropped connection, a close code, a handover,
 * keepalive silence, 503s or an expired token during recovery, a duplicate, a hostile frame). At the end it prints
 * what was sent, lost and handled twice, and the longest gap between two handled events.
 * <pre>
 * mvn -q -o -Dtk.build=target-soak -pl twitchkit -am test-compile
 * mvn -q -o -Dtk.build=target-soak -pl twitchkit -am dependency:build-classpath -Dmdep.outputFile=/tmp/tk-cp.txt
 * java -cp "twitchkit/target-soak/classes:twitchkit/target-soak/test-classes:twitchkit-mock/target-soak/classes:$(cat /tmp/tk-cp.txt)" \
 *     dev.twitchkit.eventsub.FaultSoak [minutes] [eventsPerSecond]
 * </pre>
 * A 30-minute run at 200 events/s on a shared 2-core machine (2026-12-06): 351,773 sent, 460 lost (all in the
 * 172 sessions lost, 2.7 per loss: what was in flight on the dropped socket), 0 handled twice, longest gap between
 * two handled events 1,619 ms, 46 handovers, health READY at the end; 388 faults struck (47 runs of 503s and 40
 * expired tokens during recovery, 42 TCP drops, 43 close codes, 42 keepalive stops, 46 session_reconnects, 59
 * hostile frames, 3 duplicates; 32 missed a session that had just ended).
 */
public final class FaultSoak {
    private static final int[] CLOSE_CODES = {4000, 4001, 4002, 4003, 4004, 4005, 4006, 1011};

    private FaultSoak() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        for (String chatty : List.of("dev.twitchkit.auth", "dev.twitchkit.helix", "dev.twitchkit.internal.http",
                "dev.twitchkit.App")) {
            System.setProperty("org.slf4j.simpleLogger.log." + chatty, "error"); // the tests' properties say debug
        }
        try (MockTwitch twitch = EventSubTestAccess.fastMock().rateLimit(1_000_000, Duration.ofSeconds(60)).start()) {
            MockUser streamer = twitch.createUser("soak_streamer", "moderator:read:followers");
            MessageAccounting accounting = new MessageAccounting(twitch, streamer);
            AtomicLong lastHandled = new AtomicLong(System.nanoTime());
            AtomicLong maxGap = new AtomicLong();
            try (ClientUser bot = EventSubTestAccess.client(twitch, b -> b.keepaliveTimeoutSeconds(2)
                    .helixSettings(HelixSettings.DEFAULTS.withBackoff(Duration.ofMillis(50), Duration.ofMillis(500)))
                    .backoff(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60)))) {
                bot.on(ChannelFollowEvent.class, accounting);
                bot.on(ChannelFollowEvent.class, n -> {
                    long now = System.nanoTime();
                    long gap = now - lastHandled.getAndSet(now);
                    maxGap.accumulateAndGet(gap, Math::max);
                });
                bot.start(streamer.accessToken(), streamer.refreshToken()).join();
                bot.eventsub().channelFollow(streamer.id()).join();
                lastHandled.set(System.nanoTime());

                Map<String, Integer> faults = new TreeMap<>();
                long end = System.nanoTime() + (long) (minutes * 60e9);
                long nextFault = System.nanoTime() + seconds(2, 8);
                long sent = 0;
                long tick = System.nanoTime();
                while (System.nanoTime() < end) {
                    sent += accounting.send(Math.max(1, perSecond / 50)).size();
                    if (System.nanoTime() >= nextFault) {
                        faults.merge(strike(twitch, streamer, bot, accounting), 1, Integer::sum);
                        nextFault = System.nanoTime() + seconds(2, 8);
                    }
                    tick += 20_000_000L;
                    long sleep = tick - System.nanoTime();
                    if (sleep > 0) {
                        Thread.sleep(sleep / 1_000_000L, (int) (sleep % 1_000_000L));
                    }
                }
                Thread.sleep(3_000); // the last events drain
                System.out.printf("%.1f min, %d events/s target: sent %d, lost %d, handled twice %d, longest gap"
                                + " between handled events %d ms, sessions lost %d, handovers %d%n", minutes,
                        perSecond, sent, accounting.lost().size(), accounting.duplicated().size(),
                        maxGap.get() / 1_000_000L, bot.stats().sessionsLost(), bot.stats().handovers());
                System.out.println("faults: " + faults + "; health at the end: " + bot.health());
            }
        }
    }

    private static long seconds(int from, int to) {
        return (long) (ThreadLocalRandom.current().nextDouble(from, to) * 1e9);
    }

    /** One random fault on the bot's current session; returns its name. */
    private static String strike(MockTwitch twitch, MockUser streamer, ClientUser bot, MessageAccounting accounting) {
        List<Subscription> subs = bot.eventsub().subscriptions();
        if (subs.isEmpty()) {
            return "none (recovering)";
        }
        String session = subs.get(0).sessionId();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return switch (random.nextInt(8)) {
                case 0 -> {
                    twitch.session(session).dropTcp();
                    yield "tcp drop";
                }
                case 1 -> {
                    int code = CLOSE_CODES[random.nextInt(CLOSE_CODES.length)];
                    twitch.session(session).close(code);
                    yield "close " + code;
                }
                case 2 -> {
                    twitch.session(session).sendReconnect();
                    yield "session_reconnect";
                }
                case 3 -> {
                    twitch.session(session).stopKeepalives();
                    yield "keepalives stopped"; // a loss only if no event comes for the keepalive either
                }
                case 4 -> {
                    twitch.failNextHelixRequests(3, 503, "soak");
                    twitch.session(session).dropTcp();
                    yield "503s during recovery";
                }
                case 5 -> {
                    twitch.expireToken(bot.getToken(streamer.id()).orElseThrow().accessToken());
                    twitch.session(session).dropTcp();
                    yield "expired token during recovery";
                }
                case 6 -> {
                    accounting.handledIds().stream().findAny().ifPresent(twitch::resend);
                    yield "duplicate";
                }
                default -> {
                    twitch.session(session).sendRaw("{\"metadata\":{\"message_id\":1e999999},\"payload\":[[[[]]]]}");
                    yield "hostile frame";
                }
            };
        } catch (RuntimeException e) {
            return "skipped (" + e.getClass().getSimpleName() + ")"; // the session ended under the fault
        }
    }
}
