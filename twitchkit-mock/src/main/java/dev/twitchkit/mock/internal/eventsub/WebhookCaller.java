package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.MockWebhookCall;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls webhook callbacks as Twitch does: the body is the message's payload, the metadata goes in
 * {@code Twitch-Eventsub-*} headers, and {@code Twitch-Eventsub-Message-Signature} is {@code sha256=} and the hex
 * HMAC-SHA256 of message id, timestamp and body with the subscription's (or shard's) secret. A non-2xx answer or no
 * answer within the timeout is retried with doubling delays and the same message id; a message that runs out of
 * retries counts as one failure of its target.
 *
 * <p>Only callbacks on this machine (a loopback host) are called, over http or https: the mock must never POST to
 * the internet. Others are recorded only ({@code MockTwitch.webhookDeliveries()}), as before the mock called back.
 * Faults for the next calls (fail, sign wrongly, backdate) apply to one attempt each.
 */
public final class WebhookCaller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookCaller.class);
    /** How many calls {@link #calls()} remembers, so a long-running mock stays bounded. */
    static final int CALLS_KEPT = 10_000;

    /** How the calls are retried. */
    public record Policy(int retries, Duration firstRetryDelay, Duration timeout) {
    }

    /** Where a message goes and with which secret. */
    public record Target(String callback, String secret) {
        @Override
        public String toString() {
            return "Target[callback=" + callback + "]";
        }
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final Policy policy;
    private final HttpClient http;
    private final ScheduledThreadPoolExecutor timer;
    /** The most recent calls, oldest first, at most {@link #CALLS_KEPT}. */
    private final ArrayDeque<MockWebhookCall> calls = new ArrayDeque<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger badSignatureNext = new AtomicInteger();
    private final AtomicReference<Duration> backdateNext = new AtomicReference<>();

    public WebhookCaller(ObjectMapper json, Clock clock, Policy policy) {
        this.json = json;
        this.clock = clock;
        this.policy = policy;
        this.http = HttpClient.newBuilder().connectTimeout(policy.timeout()).build();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "mock-twitch-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether the mock calls {@code callback}: an http or https address on a loopback host. */
    public static boolean callable(String callback) {
        try {
            URI uri = URI.create(callback);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return false;
            }
            String host = uri.getHost();
            return "localhost".equals(host) || (Character.isDigit(host.charAt(0)) || host.startsWith("["))
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }

    /**
     * Sends the challenge of a new webhook subscription once; {@code verdict} gets whether the callback answered
     * 2xx with exactly the challenge.
     */
    public void challenge(Target target, Subscription sub, Consumer<Boolean> verdict) {
        String challenge = Ids.alnum(32);
        var body = json.createObjectNode();
        body.put("challenge", challenge);
        body.set("subscription", SubscriptionJson.forNotification(sub));
        Message message = new Message(Ids.uuid(), "webhook_callback_verification", Timestamps.format(clock.instant()),
                sub.type(), sub.version(), json.writeValueAsString(body));
        attempt(target, message, 0, (status, answer) -> verdict.accept(status / 100 == 2
                && challenge.equals(answer)));
    }

    /**
     * Posts an EventSub frame ({@code metadata} + {@code payload}) as a webhook message, retrying on failure;
     * {@code outcome} gets whether it was delivered in the end.
     */
    public void post(Target target, String frame, Consumer<Boolean> outcome) {
        JsonNode root = json.readTree(frame);
        JsonNode m = root.path("metadata");
        Message message = new Message(m.path("message_id").asString(), m.path("message_type").asString(),
                m.path("message_timestamp").asString(), m.path("subscription_type").asString(null),
                m.path("subscription_version").asString(null), json.writeValueAsString(root.path("payload")));
        send(target, message, 0, outcome);
    }

    private void send(Target target, Message message, int retry, Consumer<Boolean> outcome) {
        attempt(target, message, retry, (status, answer) -> {
            if (status / 100 == 2) {
                outcome.accept(true);
            } else if (retry < policy.retries()) {
                long delay = policy.firstRetryDelay().toMillis() << retry;
                schedule(delay, () -> send(target, message, retry + 1, outcome));
            } else {
                outcome.accept(false);
            }
        });
    }

    /** A webhook message: what goes into the headers and the body. */
    private record Message(String id, String type, String timestamp, String subscriptionType,
                           String subscriptionVersion, String body) {
    }

    /** Answers: the status (0 for none) and the body. */
    private interface Answer {
        void accept(int status, String body);
    }

    private void attempt(Target target, Message message, int retry, Answer answer) {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            record(new MockWebhookCall(target.callback(), message.id(), message.type(), retry, 0));
            schedule(0, () -> answer.accept(0, ""));
            return;
        }
        String timestamp = message.timestamp();
        Duration backdate = backdateNext.getAndSet(null);
        if (backdate != null) {
            timestamp = Timestamps.format(clock.instant().minus(backdate));
        }
        byte[] body = message.body().getBytes(StandardCharsets.UTF_8);
        String secret = badSignatureNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                ? "not-the-subscription-secret" : target.secret();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.callback()))
                .timeout(policy.timeout())
                .header("Content-Type", "application/json")
                .header("Twitch-Eventsub-Message-Id", message.id())
                .header("Twitch-Eventsub-Message-Retry", Integer.toString(retry))
                .header("Twitch-Eventsub-Message-Type", message.type())
                .header("Twitch-Eventsub-Message-Timestamp", timestamp)
                .header("Twitch-Eventsub-Message-Signature", sign(secret, message.id(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (message.subscriptionType() != null) {
            request.header("Twitch-Eventsub-Subscription-Type", message.subscriptionType())
                    .header("Twitch-Eventsub-Subscription-Version", message.subscriptionVersion());
        }
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            int status = error == null ? response.statusCode() : 0;
            record(new MockWebhookCall(target.callback(), message.id(), message.type(), retry, status));
            if (error != null) {
                log.debug("webhook call to {} failed: {}", target.callback(), error.toString());
            }
            answer.accept(status, error == null ? response.body() : "");
        });
    }

    private void schedule(long delayMillis, Runnable task) {
        try {
            timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the mock is closing
        }
    }

    /** Twitch's signature header for a message. */
    static String sign(String secret, String messageId, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(messageId.getBytes(StandardCharsets.UTF_8));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The next {@code count} attempts fail without reaching the callback (as a timeout would). */
    public void failNext(int count) {
        failNext.addAndGet(count);
    }

    /** The next attempt is signed with a secret other than the subscription's. */
    public void signNextWrongly() {
        badSignatureNext.incrementAndGet();
    }

    /** The next attempt carries (and is signed over) a timestamp {@code by} in the past. */
    public void backdateNext(Duration by) {
        backdateNext.set(by);
    }

    private void record(MockWebhookCall call) {
        synchronized (calls) {
            if (calls.size() == CALLS_KEPT) {
                calls.removeFirst();
            }
            calls.addLast(call);
        }
    }

    /** The calls so far (the most recent 10,000), in order. */
    public List<MockWebhookCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
