package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.MockWebhookCall;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The mock calls webhook callbacks on this machine as Twitch does: challenge, signed messages, retries, faults. */
class WebhookCallbackTest {
    private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t";

    private MockTwitch twitch;
    private Helix helix;
    private Server receiver;
    private String callback;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** How the receiver answers each request: status and body. */
    private volatile Function<Received, Answer> answer = r -> r.type().equals("webhook_callback_verification")
            ? new Answer(200, r.json().path("challenge").asString()) : new Answer(204, "");

    record Received(Map<String, String> headers, String body) {
        String type() {
            return headers.get("Twitch-Eventsub-Message-Type");
        }

        JsonNode json() {
            return WsProbe.JSON.readTree(body);
        }

        /** Whether the signature is Twitch's over id, timestamp and body with {@code secret}. */
        boolean signedWith(String secret) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((headers.get("Twitch-Eventsub-Message-Id") + headers.get("Twitch-Eventsub-Message-Timestamp")
                    + body).getBytes(StandardCharsets.UTF_8));
            return ("sha256=" + HexFormat.of().formatHex(mac.doFinal()))
                    .equals(headers.get("Twitch-Eventsub-Message-Signature"));
        }
    }

    record Answer(int status, String body) {
    }

    @BeforeEach
    void start() throws Exception {
        twitch = MockTwitch.builder().requireSubscription(false)
                .webhookDelivery(2, Duration.ofMillis(20), Duration.ofSeconds(2), 2).start();
        helix = new Helix(twitch);
        receiver = new Server();
        ServerConnector connector = new ServerConnector(receiver);
        connector.setHost("127.0.0.1");
        receiver.addConnector(connector);
        receiver.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback done) throws Exception {
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (var field : request.getHeaders()) {
                    headers.put(field.getName(), field.getValue());
                }
                Received r = new Received(headers, Content.Source.asString(request, StandardCharsets.UTF_8));
                received.add(r);
                Answer a = answer.apply(r);
                response.setStatus(a.status());
                response.getHeaders().put("Content-Type", "text/plain");
                Content.Sink.write(response, true, a.body(), done);
                return true;
            }
        });
        receiver.start();
        callback = "http://127.0.0.1:" + connector.getLocalPort() + "/hook";
    }

    @AfterEach
    void stop() throws Exception {
        receiver.stop();
        twitch.close();
    }

    private String subscribe(MockUser streamer) {
        Helix.Reply r = helix.call("POST", "/eventsub/subscriptions", twitch.issueAppToken(),
                "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":{\"broadcaster_user_id\":\""
                        + streamer.id() + "\"},\"transport\":{\"method\":\"webhook\",\"callback\":\"" + callback
                        + "\",\"secret\":\"" + SECRET + "\"}}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body().path("data").get(0).path("status").asString())
                .isEqualTo("webhook_callback_verification_pending");
        return r.body().path("data").get(0).path("id").asString();
    }

    private String status(String id) {
        return twitch.subscriptions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().status();
    }

    private static void awaitTrue(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(condition);
    }

    @Test
    void theChallengeIsSignedAndTheRightAnswerEnablesTheSubscription() throws Exception {
        String id = subscribe(twitch.createUser("streamer"));
        awaitTrue("enabled", () -> status(id).equals("enabled"));
        Received challenge = received.get(0);
        assertThat(challenge.type()).isEqualTo("webhook_callback_verification");
        assertThat(challenge.signedWith(SECRET)).isTrue();
        assertThat(challenge.headers()).containsEntry("Twitch-Eventsub-Subscription-Type", "stream.online")
                .containsEntry("Twitch-Eventsub-Subscription-Version", "1")
                .containsEntry("Twitch-Eventsub-Message-Retry", "0");
        assertThat(challenge.json().path("challenge").asString()).isNotBlank();
        assertThat(challenge.json().path("subscription").path("id").asString()).isEqualTo(id);
        assertThat(challenge.json().path("subscription").path("status").asString())
                .isEqualTo("webhook_callback_verification_pending");
    }

    @Test
    void aWrongAnswerFailsTheVerificationAndNothingIsSent() {
        answer = r -> new Answer(200, "not the challenge");
        MockUser streamer = twitch.createUser("streamer");
        String id = subscribe(streamer);
        awaitTrue("failed", () -> status(id).equals("webhook_callback_verification_failed"));
        assertThat(twitch.trigger("stream.online").to(streamer).send()).isEmpty();
    }

    @Test
    void notificationsCarryThePayloadAsBodyAndTwitchsHeadersAndAreRetriedAfterAFailure() throws Exception {
        MockUser streamer = twitch.createUser("streamer");
        String id = subscribe(streamer);
        awaitTrue("enabled", () -> status(id).equals("enabled"));
        answer = r -> r.headers().get("Twitch-Eventsub-Message-Retry").equals("0") ? new Answer(500, "")
                : new Answer(204, "");

        String messageId = twitch.trigger("stream.online").to(streamer).send().get(0);

        awaitTrue("the retry", () -> received.size() == 3);
        Received first = received.get(1);
        Received retry = received.get(2);
        assertThat(first.headers()).containsEntry("Twitch-Eventsub-Message-Id", messageId)
                .containsEntry("Twitch-Eventsub-Message-Type", "notification")
                .containsEntry("Twitch-Eventsub-Subscription-Type", "stream.online");
        assertThat(Instant.parse(first.headers().get("Twitch-Eventsub-Message-Timestamp"))).isNotNull();
        assertThat(first.signedWith(SECRET)).isTrue();
        assertThat(first.json().has("metadata")).isFalse();
        assertThat(first.json().path("subscription").path("id").asString()).isEqualTo(id);
        assertThat(first.json().path("event").path("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(retry.headers()).containsEntry("Twitch-Eventsub-Message-Id", messageId)
                .containsEntry("Twitch-Eventsub-Message-Retry", "1");
        assertThat(retry.body()).isEqualTo(first.body());
        awaitTrue("the answers recorded", () -> twitch.webhookCalls().size() == 3); // recorded once answered
        assertThat(twitch.webhookCalls()).extracting(MockWebhookCall::status).containsExactly(200, 500, 204);
        assertThat(status(id)).isEqualTo("enabled");
    }

    @Test
    void failuresInARowRevokeWithNotificationFailuresExceededAndPostTheRevocation() {
        MockUser streamer = twitch.createUser("streamer");
        String id = subscribe(streamer);
        awaitTrue("enabled", () -> status(id).equals("enabled"));
        answer = r -> r.type().equals("revocation") ? new Answer(204, "") : new Answer(503, "");

        twitch.trigger("stream.online").to(streamer).send();
        awaitTrue("three attempts", () -> received.size() == 4);
        assertThat(status(id)).as("one message failed, not yet a row").isEqualTo("enabled");
        twitch.trigger("stream.online").to(streamer).send();

        awaitTrue("revoked", () -> status(id).equals("notification_failures_exceeded"));
        awaitTrue("the revocation posted", () -> received.stream().anyMatch(r -> r.type().equals("revocation")));
        Received revocation = received.stream().filter(r -> r.type().equals("revocation")).findFirst().orElseThrow();
        assertThat(revocation.json().path("subscription").path("status").asString())
                .isEqualTo("notification_failures_exceeded");
    }

    @Test
    void controlRoutesFailForgeAndBackdateTheNextCallsAndReplayAMessage() throws Exception {
        MockUser streamer = twitch.createUser("streamer");
        String id = subscribe(streamer);
        awaitTrue("enabled", () -> status(id).equals("enabled"));
        TestHttp http = new TestHttp();
        URI control = URI.create(twitch.urls().helix().resolve("/_mock").toString());

        assertThat(http.postJson(URI.create(control + "/webhooks/fail"), "{\"count\":1}").status()).isEqualTo(204);
        String failed = twitch.trigger("stream.online").to(streamer).send().get(0);
        awaitTrue("the retry", () -> received.size() == 2);
        assertThat(received.get(1).headers()).containsEntry("Twitch-Eventsub-Message-Id", failed)
                .containsEntry("Twitch-Eventsub-Message-Retry", "1");

        assertThat(http.postJson(URI.create(control + "/webhooks/bad-signature"), "{}").status()).isEqualTo(204);
        twitch.trigger("stream.online").to(streamer).send();
        awaitTrue("forged call", () -> received.size() == 3);
        assertThat(received.get(2).signedWith(SECRET)).isFalse();

        assertThat(http.postJson(URI.create(control + "/webhooks/backdate"), "{\"seconds\":660}").status())
                .isEqualTo(204);
        twitch.trigger("stream.online").to(streamer).send();
        awaitTrue("backdated call", () -> received.size() == 4);
        Instant sent = Instant.parse(received.get(3).headers().get("Twitch-Eventsub-Message-Timestamp"));
        assertThat(sent).isBefore(Instant.now().minus(Duration.ofMinutes(10)));
        assertThat(received.get(3).signedWith(SECRET)).as("signed over the old timestamp").isTrue();

        TestHttp.Response resent = http.postJson(URI.create(control + "/notifications/resend"),
                "{\"message_id\":\"" + failed + "\"}");
        assertThat(resent.json().path("resent").asBoolean()).isTrue();
        awaitTrue("replayed", () -> received.size() == 5);
        assertThat(received.get(4).headers()).containsEntry("Twitch-Eventsub-Message-Id", failed);

        awaitTrue("the answers recorded", () -> twitch.webhookCalls().size() == 6); // recorded once answered
        JsonNode calls = http.get(URI.create(control + "/webhooks/calls")).json().path("data");
        assertThat(calls.size()).isEqualTo(6); // the challenge, one failed attempt, four POSTs
        assertThat(calls.get(1).path("status").asInt()).isZero();
        assertThat(calls.get(1).path("message_type").asString()).isEqualTo("notification");
    }

    @Test
    void callbacksOffThisMachineAreRecordedOnlyAndHttpElsewhereIsRefused() {
        MockUser streamer = twitch.createUser("streamer");
        String app = twitch.issueAppToken();
        String body = "{\"type\":\"stream.online\",\"version\":\"1\",\"condition\":{\"broadcaster_user_id\":\""
                + streamer.id() + "\"},\"transport\":{\"method\":\"webhook\",\"callback\":\"http://example.com/hook\","
                + "\"secret\":\"" + SECRET + "\"}}";
        assertThat(helix.call("POST", "/eventsub/subscriptions", app, body).status()).isEqualTo(400);
        Helix.Reply ok = helix.call("POST", "/eventsub/subscriptions", app, body.replace("http://", "https://"));
        assertThat(ok.body().path("data").get(0).path("status").asString()).isEqualTo("enabled");
        twitch.trigger("stream.online").to(streamer).send();
        assertThat(twitch.webhookDeliveries()).hasSize(1);
        assertThat(twitch.webhookCalls()).isEmpty();
        assertThat(received).isEmpty();
    }
}
