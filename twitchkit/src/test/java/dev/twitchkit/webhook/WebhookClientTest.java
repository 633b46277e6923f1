package dev.twitchkit.webhook;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.DropEntitlementGrantEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.MockWebhookCall;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link WebhookClient} end to end against the mock, which calls the client's built-in server back as Twitch
 * would: the challenge, signed notifications with their retries, replays, forgeries and revocations.
 */
class WebhookClientTest {
    private MockTwitch twitch;
    private WebhookClient client;
    private WebhookServer server;
    private MockUser streamer;
    /** How often each message id reached the typed handler. */
    private final Map<String, Integer> follows = new ConcurrentHashMap<>();
    private final List<SubscriptionRevokedEvent> revoked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock()
                .webhookDelivery(1, Duration.ofMillis(20), Duration.ofSeconds(2), 2)
                .start();
        client = WebhookTesting.client(twitch, b -> { });
        client.on(ChannelFollowEvent.class, n -> follows.merge(n.messageId(), 1, Integer::sum));
        client.onLifecycle(SubscriptionRevokedEvent.class, revoked::add);
        server = WebhookTesting.serve(client);
        await(client.start());
        streamer = twitch.createUser("streamer", "moderator:read:followers");
    }

    @AfterEach
    void stop() {
        client.close();
        twitch.close();
    }

    private EventSub eventsub() {
        return client.eventsub(server.localUri());
    }

    private MockSubscription atTwitch(String id) {
        return twitch.subscriptions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private Subscription followSubscription() {
        Subscription sub = await(eventsub().channelFollow(streamer.id(), streamer.id()));
        awaitTrue("the challenge answered", () -> atTwitch(sub.id()).status().equals("enabled"));
        return sub;
    }

    private List<MockWebhookCall> callsOf(String messageId) {
        return twitch.webhookCalls().stream().filter(c -> c.messageId().equals(messageId)).toList();
    }

    private static void awaitTrue(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(condition);
    }

    @Test
    void subscribesWithTheWebhookTransportPassesTheChallengeAndDeliversToTypedHandlers() {
        List<String> raw = new CopyOnWriteArrayList<>();
        client.onRaw("channel.follow", n -> raw.add(n.messageId()));

        Subscription sub = followSubscription();

        assertThat(twitch.webhookCalls().get(0)).satisfies(c -> {
            assertThat(c.messageType()).isEqualTo("webhook_callback_verification");
            assertThat(c.status()).isEqualTo(200);
        });
        assertThat(atTwitch(sub.id()).method()).isEqualTo("webhook");
        assertThat(atTwitch(sub.id()).target()).isEqualTo(server.localUri().toString());
        List<String> ids = twitch.trigger("channel.follow").to(streamer).repeat(3).send();
        assertThat(ids).hasSize(3);
        awaitTrue("three follows", () -> follows.keySet().containsAll(ids) && raw.containsAll(ids));
        assertThat(follows).containsOnlyKeys(ids).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
        assertThat(eventsub().subscriptions()).extracting(Subscription::id).containsExactly(sub.id());
    }

    @Test
    void aChallengeForASubscriptionTheClientNeverMadeFailsVerification() throws Exception {
        String body = "{\"type\":\"channel.follow\",\"version\":\"2\",\"condition\":{\"broadcaster_user_id\":\""
                + streamer.id() + "\",\"moderator_user_id\":\"" + streamer.id() + "\"},\"transport\":{\"method\":"
                + "\"webhook\",\"callback\":\"" + server.localUri() + "\",\"secret\":\"" + client.secret().value()
                + "\"}}";
        HttpResponse<String> created = WebhookTesting.HTTP.send(HttpRequest.newBuilder(
                        URI.create(twitch.urls().helix() + "/eventsub/subscriptions"))
                .header("Authorization", "Bearer " + twitch.issueAppToken()).header("Client-Id", twitch.clientId())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(202);
        assertThat(created.body()).contains("webhook_callback_verification_pending");

        awaitTrue("the challenge refused", () -> twitch.subscriptions().get(0).status()
                .equals("webhook_callback_verification_failed"));
        assertThat(twitch.webhookCalls()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(403));
        assertThat(twitch.trigger("channel.follow").to(streamer).send()).isEmpty();
    }

    @Test
    void failedForgedAndStaleCallsAreRetriedAndEachEventArrivesOnce() {
        followSubscription();
        twitch.failNextWebhookCalls(1);
        String failed = twitch.trigger("channel.follow").to(streamer).send().get(0);
        awaitTrue("the retry", () -> follows.containsKey(failed));
        twitch.signNextWebhookCallWrongly();
        String forged = twitch.trigger("channel.follow").to(streamer).send().get(0);
        awaitTrue("the retry", () -> follows.containsKey(forged));
        twitch.backdateNextWebhookCall(Duration.ofMinutes(11));
        String stale = twitch.trigger("channel.follow").to(streamer).send().get(0);
        awaitTrue("the retry", () -> follows.containsKey(stale));
        // The mock records a call when its answer arrives, which may be after the handler ran.
        awaitTrue("the answers recorded", () -> callsOf(failed).size() == 2 && callsOf(forged).size() == 2
                && callsOf(stale).size() == 2);

        assertThat(callsOf(failed)).extracting(MockWebhookCall::retry, MockWebhookCall::status)
                .containsExactly(tuple(0, 0), tuple(1, 204));
        assertThat(callsOf(forged)).extracting(MockWebhookCall::status).containsExactly(403, 204);
        assertThat(callsOf(stale)).extracting(MockWebhookCall::status).containsExactly(403, 204);

        assertThat(twitch.resend(failed)).isTrue();
        awaitTrue("the replay acknowledged", () -> callsOf(failed).size() == 3);
        assertThat(callsOf(failed).get(2).status()).as("a replay is acknowledged, as Twitch requires").isEqualTo(204);
        String last = twitch.trigger("channel.follow").to(streamer).send().get(0);
        awaitTrue("the last follow", () -> follows.containsKey(last));
        assertThat(follows).containsOnlyKeys(failed, forged, stale, last)
                .allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    }

    @Test
    void messagesFailingInARowRevokeTheSubscriptionWithNotificationFailuresExceeded() {
        Subscription sub = followSubscription();
        twitch.failNextWebhookCalls(4); // two messages, each with its one retry
        twitch.trigger("channel.follow").to(streamer).repeat(2).send();

        awaitTrue("the revocation", () -> !revoked.isEmpty());
        assertThat(revoked.get(0).status()).isEqualTo("notification_failures_exceeded");
        assertThat(revoked.get(0).subscription().id()).isEqualTo(sub.id());
        assertThat(atTwitch(sub.id()).status()).isEqualTo("notification_failures_exceeded");
        assertThat(follows).isEmpty();
        assertThat(eventsub().subscriptions()).isEmpty();
    }

    @Test
    void aRevocationReachesTheLifecycleHandlers() {
        Subscription sub = followSubscription();
        twitch.revoke(sub.id(), "authorization_revoked");
        awaitTrue("the revocation", () -> !revoked.isEmpty());
        assertThat(revoked).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("authorization_revoked");
            assertThat(r.subscription().type()).isEqualTo("channel.follow");
        });
        assertThat(eventsub().subscriptions()).isEmpty();
    }

    @Test
    void batchedDropEntitlementsArriveOneEventPerHandlerCall() {
        List<DropEntitlementGrantEvent> grants = new CopyOnWriteArrayList<>();
        client.on(DropEntitlementGrantEvent.class, n -> grants.add(n.event()));
        List<EventSubEvent> all = new CopyOnWriteArrayList<>();
        client.on(EventSubEvent.class, n -> all.add(n.event()));
        Subscription sub = await(eventsub().dropEntitlementGrant("55"));
        awaitTrue("the challenge answered", () -> atTwitch(sub.id()).status().equals("enabled"));

        twitch.trigger("drop.entitlement.grant").condition("organization_id", "55").send();

        awaitTrue("the grants", () -> !grants.isEmpty());
        assertThat(grants).allSatisfy(g -> assertThat(g.data().organizationId()).isEqualTo("55"));
        assertThat(all).hasSameSizeAs(grants);
    }
}
