package dev.twitchkit.bench.loopback;

import dev.twitchkit.mock.MockSubscription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code channel.chat.message} notification frames of the end-to-end runs: the mock's own fixture event, in
 * Twitch's envelope with the receiving subscription (as the mock renders it), and a message text of
 * {@code "<sequence> <send nanoTime>"} so a handler can tell which message it got and when it was sent. A frame
 * is string concatenation of precomputed parts, so the sender spends about a microsecond on it.
 */
public final class ChatFrames {
    private static final String TEXT_MARK = "@@BENCH_TEXT@@";
    private static final String ID_MARK = "@@BENCH_ID@@";

    private final String beforeId;
    private final String betweenIdAndText;
    private final String afterText;
    private final long runBits = UUID.randomUUID().getMostSignificantBits();

    public ChatFrames(MockSubscription subscription) {
        ObjectMapper json = JsonMapper.builder().build();
        ObjectNode event = (ObjectNode) fixture(json).get("event");
        event.put("broadcaster_user_id", subscription.condition().get("broadcaster_user_id"));
        ((ObjectNode) event.get("message")).put("text", TEXT_MARK);
        ObjectNode sub = json.createObjectNode();
        sub.put("id", subscription.id());
        sub.put("status", "enabled");
        sub.put("type", subscription.type());
        sub.put("version", subscription.version());
        sub.put("cost", subscription.cost());
        ObjectNode condition = sub.putObject("condition");
        subscription.condition().forEach(condition::put);
        ObjectNode transport = sub.putObject("transport");
        transport.put("method", "websocket");
        transport.put("session_id", subscription.target());
        sub.put("created_at", subscription.createdAt().toString());
        String frame = "{\"metadata\":{\"message_id\":\"" + ID_MARK + "\",\"message_type\":\"notification\","
                + "\"message_timestamp\":\"" + Instant.now() + "\",\"subscription_type\":\"" + subscription.type()
                + "\",\"subscription_version\":\"" + subscription.version() + "\"},\"payload\":{\"subscription\":"
                + json.writeValueAsString(sub) + ",\"event\":" + json.writeValueAsString(event) + "}}";
        int id = frame.indexOf(ID_MARK);
        int text = frame.indexOf(TEXT_MARK);
        this.beforeId = frame.substring(0, id);
        this.betweenIdAndText = frame.substring(id + ID_MARK.length(), text);
        this.afterText = frame.substring(text + TEXT_MARK.length());
    }

    /** The frame of message {@code sequence}, stamped with {@code sentNanos}; message ids are unique per run. */
    public String frame(long sequence, long sentNanos) {
        return new StringBuilder(beforeId.length() + betweenIdAndText.length() + afterText.length() + 80)
                .append(beforeId).append(new UUID(runBits, sequence))
                .append(betweenIdAndText).append(sequence).append(' ').append(sentNanos)
                .append(afterText).toString();
    }

    /** The sequence number of a text this class made. */
    public static long sequenceOf(String text) {
        return Long.parseLong(text, 0, text.indexOf(' '), 10);
    }

    /** The send time of a text this class made. */
    public static long sentNanosOf(String text) {
        return Long.parseLong(text, text.indexOf(' ') + 1, text.length(), 10);
    }

    private static tools.jackson.databind.JsonNode fixture(ObjectMapper json) {
        String path = "/fixtures/eventsub/channel.chat.message/1.json";
        try (InputStream in = ChatFrames.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the mock's fixture " + path + " is not on the class path");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
