package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.MockWebhookCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link WebhookServlet} in Jetty 12's Servlet 6 container, called by the mock's webhook delivery as Twitch would
 * call it: the challenge and a notification go through the servlet to the client's handler, a wrong signature is
 * refused before any handler.
 */
class WebhookServletTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private MockTwitch twitch;
    private WebhookClient app;
    private Server jetty;
    private URI callback;
    private final List<Notification<ChannelFollowEvent>> follows = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        twitch = MockTwitch.start();
        app = WebhookClient.builder(twitch.clientId(), twitch.clientSecret())
                .urls(TwitchUrls.forMock(twitch.urls().base())).build();
        app.on(ChannelFollowEvent.class, follows::add);
        app.start().join();

        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new WebhookServlet(app.receiver())), "/twitch");
        jetty.setHandler(context);
        jetty.start();
        callback = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/twitch");
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
        app.close();
        twitch.close();
    }

    @Test
    void theChallengeAndANotificationGoThroughTheServletToTheHandler() {
        MockUser streamer = subscribedStreamer();
        assertThat(twitch.webhookCalls()).as("the challenge was answered through the servlet")
                .singleElement().satisfies(c -> {
                    assertThat(c.messageType()).isEqualTo("webhook_callback_verification");
                    assertThat(c.status()).isEqualTo(200);
                });

        List<String> sent = twitch.trigger("channel.follow").to(streamer).override("user_name", "Someone").send();

        await().atMost(WAIT).until(() -> follows.size() == 1);
        assertThat(follows.get(0).messageId()).isEqualTo(sent.get(0));
        assertThat(follows.get(0).event().userName()).isEqualTo("Someone");
    }

    @Test
    void aWrongSignatureIsRefusedAndOnlyTheCorrectlySignedRetryReachesTheHandler() {
        MockUser streamer = subscribedStreamer();
        twitch.signNextWebhookCallWrongly();

        String sent = twitch.trigger("channel.follow").to(streamer).send().get(0);

        await().atMost(WAIT).until(() -> follows.size() == 1);
        assertThat(twitch.webhookCalls()).filteredOn(c -> sent.equals(c.messageId()))
                .extracting(MockWebhookCall::retry, MockWebhookCall::status)
                .containsExactly(tuple(0, 403),
                        tuple(1, 204));
        assertThat(follows).singleElement().satisfies(n -> assertThat(n.messageId()).isEqualTo(sent));
    }

    /** A streamer whose follows the client subscribed to, once the mock has the challenge's answer. */
    private MockUser subscribedStreamer() {
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        app.eventsub(callback).channelFollow(streamer.id(), streamer.id()).join();
        await().atMost(WAIT).untilAsserted(() -> assertThat(twitch.subscriptions())
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("enabled")));
        return streamer;
    }

    @Test
    void aForgedRequestGets403FromTheServlet() throws Exception {
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(callback)
                .header("Twitch-Eventsub-Message-Id", "forged-1")
                .header("Twitch-Eventsub-Message-Timestamp", twitch.clock().instant().toString())
                .header("Twitch-Eventsub-Message-Signature", "sha256=" + "0".repeat(64))
                .header("Twitch-Eventsub-Message-Type", "notification")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subscription\":{},\"event\":{}}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(follows).isEmpty();
    }
}
