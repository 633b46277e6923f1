package dev.twitchkit.webhook.internal;

import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.eventsub.internal.session.MessageIdWindow;
import dev.twitchkit.internal.json.Json;
import dev.twitchkit.webhook.WebhookReceiver;
import dev.twitchkit.webhook.WebhookResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Twitch's webhook rules in order, cheapest first, so hostile requests cost little: method, declared length,
 * headers, timestamp age, the body read up to the limit, the signature, then the message. A message id is
 * remembered only once the message was verified and decoded, so forged requests cannot fill the window.
 */
public final class WebhookEndpoint implements WebhookReceiver {
    /** Twitch's header names. */
    public static final String MESSAGE_ID = "Twitch-Eventsub-Message-Id";
    /** When Twitch sent the message (RFC 3339), signed with it. */
    public static final String TIMESTAMP = "Twitch-Eventsub-Message-Timestamp";
    /** {@code sha256=} and the hex HMAC. */
    public static final String SIGNATURE = "Twitch-Eventsub-Message-Signature";
    /** {@code notification}, {@code webhook_callback_verification} or {@code revocation}. */
    public static final String TYPE = "Twitch-Eventsub-Message-Type";
    /** Twitch's limit on a message's age, and on its clock running ahead of ours. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);
    /** Twitch's ids are UUIDs; anything outside this set is not Twitch's and could not go into the frame as is. */
    private static final Pattern MESSAGE_ID_SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final SignatureCheck signatures;
    private final MessageDecoder decoder;
    private final WebhookSink sink;
    private final InstantSource clock;
    private final int maxBodyBytes;
    private final MessageIdWindow seen;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param maxBodyBytes the longest body taken; a longer one is refused with 413 before it is all read
     * @param maxIds the most message ids remembered for dedupe within {@link #MAX_AGE}
     */
    public WebhookEndpoint(SignatureCheck signatures, MessageDecoder decoder, WebhookSink sink, InstantSource clock,
                           int maxBodyBytes, int maxIds) {
        this.signatures = signatures;
        this.decoder = decoder;
        this.sink = sink;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.seen = new MessageIdWindow(MAX_AGE, maxIds, clock);
    }

    @Override
    public WebhookResponse handle(String method, Function<String, String> header, InputStream in) {
        if (!"POST".equalsIgnoreCase(method)) {
            return new WebhookResponse(405, Map.of("Allow", "POST"), "");
        }
        String length = header.apply("Content-Length");
        if (length != null && declaredTooLong(length)) {
            return refuse(413, "body over " + maxBodyBytes + " bytes");
        }
        String messageId = header.apply(MESSAGE_ID);
        String timestamp = header.apply(TIMESTAMP);
        String signature = header.apply(SIGNATURE);
        String type = header.apply(TYPE);
        if (messageId == null || timestamp == null || signature == null || type == null) {
            return refuse(400, "missing Twitch-Eventsub-Message-Id, -Timestamp, -Signature or -Type");
        }
        if (!MESSAGE_ID_SHAPE.matcher(messageId).matches()) {
            return refuse(400, "malformed message id");
        }
        Instant sent;
        try {
            sent = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return refuse(400, "malformed timestamp");
        }
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(MAX_AGE)) || sent.isAfter(now.plus(MAX_AGE))) {
            stale.incrementAndGet();
            return refuse(403, "timestamp more than 10 minutes off");
        }
        BoundedBody body;
        try {
            body = BoundedBody.read(in, maxBodyBytes);
        } catch (IOException e) {
            return refuse(400, "body could not be read");
        }
        if (body == null) {
            return refuse(413, "body over " + maxBodyBytes + " bytes");
        }
        if (!signatures.verify(signature, messageId.getBytes(StandardCharsets.UTF_8),
                timestamp.getBytes(StandardCharsets.UTF_8), body.bytes(), body.length())) {
            return refuse(403, "signature does not match");
        }
        String text = new String(body.bytes(), 0, body.length(), StandardCharsets.UTF_8);
        return switch (type) {
            case "webhook_callback_verification" -> challenge(text);
            case "notification", "revocation" -> message(type, messageId, timestamp, text);
            default -> refuse(400, "unknown message type");
        };
    }

    private boolean declaredTooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // the read below still stops at the limit
        }
    }

    private WebhookResponse challenge(String text) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JacksonException e) {
            return refuse(400, "challenge is not JSON");
        }
        JsonNode challenge = root == null ? null : root.get("challenge");
        SubscriptionMetadata subscription = root == null ? null : subscription(root.path("subscription"));
        if (challenge == null || !challenge.isString() || subscription == null) {
            return refuse(400, "challenge without challenge or subscription");
        }
        if (!sink.expects(subscription)) {
            return refuse(403, "no subscription " + subscription.type() + " was asked for at this callback");
        }
        return WebhookResponse.text(200, challenge.asString());
    }

    private WebhookResponse message(String type, String messageId, String timestamp, String body) {
        String frame = "{\"metadata\":{\"message_id\":\"" + messageId + "\",\"message_type\":\"" + type
                + "\",\"message_timestamp\":\"" + timestamp + "\"},\"payload\":" + body + "}";
        Message message = decoder.decode(frame);
        if (!(message instanceof Message.Notification) && !(message instanceof Message.Revocation)) {
            return refuse(400, "not an EventSub " + type);
        }
        boolean first;
        synchronized (seen) {
            first = seen.firstTime(messageId);
        }
        if (!first) {
            duplicates.incrementAndGet();
            LOG.debug("webhook message {} seen before (a retry): acknowledged, not delivered again", messageId);
            return WebhookResponse.empty(204);
        }
        delivered.incrementAndGet();
        if (message instanceof Message.Notification notification) {
            sink.notification(notification);
        } else {
            sink.revoked(((Message.Revocation) message).subscription());
        }
        return WebhookResponse.empty(204);
    }

    private static SubscriptionMetadata subscription(JsonNode s) {
        String id = s.path("id").asString(null);
        String type = s.path("type").asString(null);
        String version = s.path("version").asString(null);
        if (id == null || type == null || version == null) {
            return null;
        }
        Map<String, String> condition = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : s.path("condition").properties()) {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                condition.put(e.getKey(), e.getValue().asString());
            }
        }
        return new SubscriptionMetadata(id, s.path("status").asString(null), type, version, s.path("cost").asInt(0),
                condition, null, null);
    }

    /** Verified notifications and revocations passed on, each message id once. */
    public long delivered() {
        return delivered.get();
    }

    /** Verified messages whose id was seen before (Twitch's retries): acknowledged, not passed on. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Requests refused for a timestamp more than 10 minutes off. */
    public long stale() {
        return stale.get();
    }

    /** Requests refused for any reason (4xx), stale ones included. */
    public long refused() {
        return refused.get();
    }

    private WebhookResponse refuse(int status, String why) {
        refused.incrementAndGet();
        LOG.debug("webhook request refused with {}: {}", status, why);
        return WebhookResponse.text(status, why);
    }
}
