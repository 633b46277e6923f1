package dev.twitchkit.webhook;

import dev.twitchkit.AppTestSupport;
import dev.twitchkit.WebhookClient;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.webhook.internal.SignatureCheck;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Set-up shared by the webhook tests: a client served on loopback, and requests signed as Twitch signs them. */
final class WebhookTesting {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebhookTesting() {
    }

    /** A client of the mock's default app, on the mock's clock; {@code more} adjusts the builder. */
    static WebhookClient client(MockTwitch twitch, Consumer<WebhookClient.Builder<?>> more) {
        WebhookClient.Builder<?> b = WebhookClient.builder(twitch.clientId(), twitch.clientSecret())
                .urls(AppTestSupport.urls(twitch))
                .clock(twitch.clock())
                .helixSettings(AppTestSupport.FAST)
                .tokenMaintenance(false);
        more.accept(b);
        return b.build();
    }

    /** Serves the client on a free loopback port at {@code /twitch}. */
    static WebhookServer serve(WebhookClient client) {
        return client.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/twitch");
    }

    /** A webhook request as Twitch sends it: headers with a fresh message id and the current time, signed. */
    static final class Request {
        final Map<String, String> headers = new LinkedHashMap<>();
        String method = "POST";
        byte[] body;

        Request(WebhookSecret secret, String type, String body) {
            this(secret, type, body, UUID.randomUUID().toString(), Instant.now().toString());
        }

        Request(WebhookSecret secret, String type, String body, String messageId, String timestamp) {
            this.body = body.getBytes(StandardCharsets.UTF_8);
            headers.put("Twitch-Eventsub-Message-Id", messageId);
            headers.put("Twitch-Eventsub-Message-Timestamp", timestamp);
            headers.put("Twitch-Eventsub-Message-Type", type);
            headers.put("Twitch-Eventsub-Message-Retry", "0");
            headers.put("Twitch-Eventsub-Message-Signature",
                    SignatureCheck.signature(secret, messageId, timestamp, this.body));
        }

        String messageId() {
            return headers.get("Twitch-Eventsub-Message-Id");
        }

        HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(uri).method(method,
                    HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(r::header);
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The subscription object of a webhook message. */
    static String subscription(String id, String type, String version, String conditionJson) {
        return "{\"id\":\"" + id + "\",\"status\":\"enabled\",\"type\":\"" + type + "\",\"version\":\"" + version
                + "\",\"condition\":" + conditionJson + ",\"transport\":{\"method\":\"webhook\",\"callback\":"
                + "\"https://bot.example.com/twitch\"},\"created_at\":\"2026-01-01T00:00:00Z\",\"cost\":0}";
    }

    /** A {@code channel.follow} v2 notification body of subscription {@code subscriptionId}. */
    static String follow(String subscriptionId, String follower) {
        return "{\"subscription\":" + subscription(subscriptionId, "channel.follow", "2",
                "{\"broadcaster_user_id\":\"1337\",\"moderator_user_id\":\"1337\"}")
                + ",\"event\":{\"user_id\":\"1234\",\"user_login\":\"" + follower + "\",\"user_name\":\"" + follower
                + "\",\"broadcaster_user_id\":\"1337\",\"broadcaster_user_login\":\"cooler_user\","
                + "\"broadcaster_user_name\":\"Cooler_User\",\"followed_at\":\"2026-01-01T00:00:00.123456789Z\"}}";
    }
}
