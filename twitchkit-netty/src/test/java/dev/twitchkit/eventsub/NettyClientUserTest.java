package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.transport.netty.CountingTransport;
import dev.twitchkit.transport.netty.NettyWebSocketTransport;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link ClientUser} on the Netty transport against the mock Twitch: every triggered event once, a
 * {@code session_reconnect} handover without loss, and a new session after the mock drops the TCP connection, which
 * the transport itself reports (no keepalive timeout needed).
 */
class NettyClientUserTest {
    private static final Duration DELIVERY = Duration.ofSeconds(10);
    private static NettyWebSocketTransport netty;
    private CountingTransport transport;
    private MockTwitch twitch;
    private ClientUser bot;
    private MessageAccounting accounting;
    private String sessionId;

    @BeforeAll
    static void createTransport() {
        netty = NettyWebSocketTransport.create();
    }

    @AfterAll
    static void closeTransport() {
        netty.close();
    }

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        transport = new CountingTransport(netty);
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        bot = EventSubTestAccess.client(twitch, b -> b.transport(transport));
        accounting = new MessageAccounting(twitch, streamer);
        bot.on(ChannelFollowEvent.class, accounting);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        sessionId = bot.eventsub().channelFollow(streamer.id()).join().sessionId();
    }

    @AfterEach
    void stop() {
        bot.close();
        twitch.close();
    }

    @Test
    void triggeredEventsArriveExactlyOnce() {
        List<String> sent = accounting.send(50);

        accounting.awaitHandled(sent, DELIVERY);
        assertThat(accounting.lost()).isEmpty();
        assertThat(accounting.duplicated()).isEmpty();
        assertThat(transport.opened()).isEqualTo(1);
    }

    @Test
    void aSessionReconnectLosesNothing() {
        List<String> before = accounting.send(10);
        twitch.session(sessionId).sendReconnect();
        EventSubTestAccess.awaitTrue("handed over", () -> bot.stats().handovers() == 1);
        List<String> after = accounting.send(10);

        accounting.awaitHandled(before, DELIVERY);
        accounting.awaitHandled(after, DELIVERY);
        assertThat(accounting.lost()).isEmpty();
        assertThat(accounting.duplicated()).isEmpty();
        assertThat(bot.stats().sessionsLost()).isZero();
        assertThat(transport.opened()).isEqualTo(2);
    }

    @Test
    void aDroppedConnectionIsReportedAndReplaced() {
        List<String> before = accounting.send(10);
        accounting.awaitHandled(before, DELIVERY);

        twitch.session(sessionId).dropTcp();
        List<String> inFlight = accounting.send(5);
        MessageAccounting.Recovery recovery = accounting.probeUntilReceiving(Duration.ofSeconds(8));
        List<String> after = accounting.send(10);

        accounting.awaitHandled(after, DELIVERY);
        Set<String> mayBeLost = new HashSet<>(inFlight);
        mayBeLost.addAll(recovery.unanswered());
        assertThat(accounting.lost()).isSubsetOf(mayBeLost);
        assertThat(accounting.duplicated()).isEmpty();
        assertThat(bot.stats().sessionsLost()).isEqualTo(1);
        assertThat(bot.stats().keepaliveTimeouts()).as("the drop was reported, not found by silence").isZero();
        assertThat(transport.opened()).isEqualTo(2);
    }
}
