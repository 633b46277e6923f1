package dev.twitchkit.webhook;

import static dev.twitchkit.webhook.WebhookTesting.follow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.webhook.WebhookTesting.Request;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The receiver's rules over real HTTP on the built-in server: every hostile request is refused with its status and
 * dispatches nothing. All requests name the same subscription, whose events are delivered in order, so once a valid
 * notification sent last has reached the handler, anything dispatched before it would have too.
 */
class WebhookReceiverTest {
    private static final String SUB = "f1c2a387-161a-49f9-a165-0f21d7a4e1c4";

    private WebhookClient client;
    private WebhookServer server;
    private URI uri;
    private final List<Notification<?>> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        client = WebhookClient.builder("clientid", "clientsecret").tokenMaintenance(false).maxBodySize(4096)
                .build();
        client.on(EventSubEvent.class, delivered::add);
        server = WebhookTesting.serve(client);
        uri = server.localUri();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private Request notification(String follower) {
        return new Request(client.secret(), "notification", follow(SUB, follower));
    }

    /** Sends a valid notification and waits for it: whatever was dispatched before it has arrived by then. */
    private void assertOnlyDelivered(String... followers) throws Exception {
        Request last = notification("sentinel");
        assertThat(last.send(uri).statusCode()).isEqualTo(204);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> delivered.stream().anyMatch(n -> n.messageId().equals(last.messageId())));
        List<String> logins = delivered.stream().map(n -> ((ChannelFollowEvent) n.event()).userLogin()).toList();
        List<String> expected = new java.util.ArrayList<>(List.of(followers));
        expected.add("sentinel");
        assertThat(logins).containsExactlyElementsOf(expected);
    }

    @Test
    void aSignedNotificationReachesTheTypedHandlerOffTheHttpThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        client.on(ChannelFollowEvent.class, n -> threads.add(Thread.currentThread().getName()));
        Request request = notification("alice");
        HttpResponse<String> response = request.send(uri);
        assertThat(response.statusCode()).isEqualTo(204);
        assertOnlyDelivered("alice");
        Notification<?> first = delivered.get(0);
        assertThat(first.messageId()).isEqualTo(request.messageId());
        assertThat(first.subscription().id()).isEqualTo(SUB);
        assertThat(first.event()).isInstanceOfSatisfying(ChannelFollowEvent.class,
                e -> assertThat(e.followedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456789Z")));
        assertThat(threads).allSatisfy(t -> assertThat(t).startsWith("twitchkit-dispatch"));
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() throws Exception {
        Request forged = new Request(WebhookSecret.of("someone-elses-secret"), "notification", follow(SUB, "mallory"));
        assertThat(forged.send(uri).statusCode()).isEqualTo(403);
        assertOnlyDelivered();
        assertThat(client.refusedRequests()).isEqualTo(1);
    }

    @Test
    void aSignatureOverAnotherBodyIsRefused() throws Exception {
        Request request = notification("alice");
        request.body = follow(SUB, "mallory").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(request.send(uri).statusCode()).isEqualTo(403);
        Request malformed = notification("mallory");
        malformed.headers.put("Twitch-Eventsub-Message-Signature", "sha256=not-hex");
        assertThat(malformed.send(uri).statusCode()).isEqualTo(403);
        assertOnlyDelivered();
    }

    @Test
    void eachMissingHeaderIsRefused() throws Exception {
        for (String header : List.of("Twitch-Eventsub-Message-Id", "Twitch-Eventsub-Message-Timestamp",
                "Twitch-Eventsub-Message-Signature", "Twitch-Eventsub-Message-Type")) {
            Request request = notification("mallory");
            request.headers.remove(header);
            assertThat(request.send(uri).statusCode()).as(header).isEqualTo(400);
        }
        assertOnlyDelivered();
    }

    @Test
    void aTimestampElevenMinutesOldIsRefusedThoughSigned() throws Exception {
        String old = Instant.now().minus(Duration.ofMinutes(11)).toString();
        Request stale = new Request(client.secret(), "notification", follow(SUB, "mallory"),
                java.util.UUID.randomUUID().toString(), old);
        assertThat(stale.send(uri).statusCode()).isEqualTo(403);
        String ahead = Instant.now().plus(Duration.ofMinutes(11)).toString();
        Request future = new Request(client.secret(), "notification", follow(SUB, "mallory"),
                java.util.UUID.randomUUID().toString(), ahead);
        assertThat(future.send(uri).statusCode()).isEqualTo(403);
        assertOnlyDelivered();
        assertThat(client.stats().staleDropped()).isEqualTo(2);
        assertThat(client.refusedRequests()).isEqualTo(2);
    }

    @Test
    void aReplayedMessageIdIsAcknowledgedButNotDeliveredAgain() throws Exception {
        Request request = notification("alice");
        assertThat(request.send(uri).statusCode()).isEqualTo(204);
        assertThat(request.send(uri).statusCode()).as("Twitch's retry must be acknowledged").isEqualTo(204);
        assertOnlyDelivered("alice");
        assertThat(client.stats().duplicatesDropped()).isEqualTo(1);
        assertThat(client.stats().delivered()).isEqualTo(2); // alice and the sentinel
        assertThat(client.refusedRequests()).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReadingItWhole() throws Exception {
        String padded = follow(SUB, "mallory").replace("\"cost\":0", "\"cost\":0,\"pad\":\"" + "x".repeat(5000)
                + "\"");
        assertThat(new Request(client.secret(), "notification", padded).send(uri).statusCode()).isEqualTo(413);

        // Without Content-Length (chunked), the receiver stops one byte past the limit.
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }
        };
        Request headersOnly = notification("mallory");
        WebhookResponse response = client.receiver().handle("POST", headersOnly.headers::get, endless);
        assertThat(response.status()).isEqualTo(413);
        assertThat(read.get()).isLessThanOrEqualTo(4097);
        assertOnlyDelivered();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsRefused() throws Exception {
        assertThat(new Request(client.secret(), "notification", "not json at all").send(uri).statusCode())
                .isEqualTo(400);
        assertThat(new Request(client.secret(), "notification", "{\"subscription\":{}}").send(uri).statusCode())
                .isEqualTo(400);
        assertThat(new Request(client.secret(), "something_else", follow(SUB, "mallory")).send(uri).statusCode())
                .isEqualTo(400);
        assertOnlyDelivered();
    }

    @Test
    void aChallengeForASubscriptionNeverMadeIsRefused() throws Exception {
        String body = "{\"challenge\":\"pogchamp-kappa-360noscope-vohiyo\",\"subscription\":"
                + WebhookTesting.subscription(SUB, "channel.follow", "2",
                "{\"broadcaster_user_id\":\"1337\",\"moderator_user_id\":\"1337\"}") + "}";
        HttpResponse<String> response = new Request(client.secret(), "webhook_callback_verification", body).send(uri);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("pogchamp");
        assertOnlyDelivered();
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        Request get = notification("mallory");
        get.method = "PUT";
        HttpResponse<String> response = get.send(uri);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertOnlyDelivered();
    }

    @Test
    void theServerAnswersOnlyItsPath() throws Exception {
        HttpResponse<String> response = notification("mallory").send(URI.create(uri + "/deeper"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertOnlyDelivered();
    }

    @Test
    void duringARotationBothSecretsAreAcceptedAndAfterItOnlyTheNewOne() throws Exception {
        WebhookSecret old = client.secret();
        WebhookSecret next = WebhookSecret.generate();
        client.rotateSecret(next);
        assertThat(client.secret()).isEqualTo(next);
        assertThat(new Request(old, "notification", follow(SUB, "alice")).send(uri).statusCode()).isEqualTo(204);
        assertThat(new Request(next, "notification", follow(SUB, "bob")).send(uri).statusCode()).isEqualTo(204);
        client.dropPreviousSecret();
        assertThat(new Request(old, "notification", follow(SUB, "mallory")).send(uri).statusCode()).isEqualTo(403);
        assertOnlyDelivered("alice", "bob");
    }

    @Test
    void theMapFormIgnoresHeaderCase() throws Exception {
        Request request = notification("alice");
        Map<String, String> lower = new java.util.HashMap<>();
        request.headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        assertThat(client.receiver().handle("POST", lower, request.body).status()).isEqualTo(204);
        assertThat(client.receiver().handle("POST", lower, request.body).status()).isEqualTo(204);
        assertOnlyDelivered("alice");
    }
}
