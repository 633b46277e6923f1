package dev.twitchkit.eventsub.internal.decode;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * The fast path of {@link MessageDecoder}: one streaming pass over a {@code notification} frame as Twitch writes it
 * ({@code metadata} first, then {@code payload} with {@code subscription} before {@code event}). No JSON tree is built
 * (the raw event is parsed from the kept frame bytes only if a handler asks for it).
 *
 * <p>The pass reads the frame's UTF-8 bytes, not its chars: Jackson's byte parser matches property names as 4-byte
 * quads and needs no char copy of the input, which makes it cheaper on Twitch's mostly ASCII frames (issue 18's CPU
 * profile), and the transport hands them over as they came off the wire.
 *
 * <p>A single {@code event} object of a modelled type is not even tokenized here: the pass stops at its first byte and
 * hands on a {@link PendingNotification} that binds the record later, on a dispatch thread, from a parser over the rest
 * of the frame's bytes (kept instead of the text: the same size for ASCII). In Twitch's member order the event is the
 * last member of {@code payload} and {@code payload} the last of the root, so that binding then requires the bytes
 * after the event to be exactly the closing of both. Anything else there (more members, a second {@code event},
 * garbage), an event that does not fit its model or is not JSON sends the frame to the tree path at that point, and its
 * outcome is used: the same event, the same counts, as if the frame had been decoded from a tree in the first place.
 * Batched {@code events[]} and events without a model are still bound here, in the one pass.
 *
 * <p>It answers null for anything else (another message type, another member order, a duplicate member, a value of
 * an unexpected JSON type, bad JSON before the event), and the decoder then takes its tree path, which decides
 * exactly as before. So this path never has to reproduce the error handling, and it has no effect besides the
 * subscription cache until it succeeds.
 */
final class NotificationStreamReader {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationStreamReader.class);

    private final ObjectMapper mapper;
    /** Reads an event without a model mid-frame: what follows it is not trailing garbage. */
    private final ObjectReader trees;
    private final SubscriptionCache subscriptions;
    private final MessageDecoder decoder;

    NotificationStreamReader(ObjectMapper mapper, SubscriptionCache subscriptions, MessageDecoder decoder) {
        this.mapper = mapper;
        this.trees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.subscriptions = subscriptions;
        this.decoder = decoder;
    }

    /** The notification in the frame's {@code utf8} bytes; null when the tree path must decide. Never throws. */
    Result read(byte[] utf8) {
        try (JsonParser p = mapper.createParser(utf8)) {
            return root(p, utf8);
        } catch (RuntimeException e) { // JacksonException included: the tree path reports what is wrong
            LOG.debug("Decoding a frame from a JSON tree after the streaming pass stopped: {}", e.toString());
            return null;
        }
    }

    /** A decoded notification and the unknown {@code metadata} members to count once it is accepted. */
    record Result(Message.Notification message, List<String> unknownMetadataFields) {
    }

    private Result root(JsonParser p, byte[] utf8) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Envelope envelope = null;
        Events events = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            if (name.equals("metadata")) {
                if (envelope != null || token != JsonToken.START_OBJECT) {
                    return null;
                }
                envelope = metadata(p);
                if (envelope == null) {
                    return null;
                }
            } else if (name.equals("payload")) {
                if (envelope == null || events != null || token != JsonToken.START_OBJECT) {
                    return null;
                }
                events = payload(p, utf8, envelope);
                if (events == null) {
                    return null;
                }
                if (events.open) {
                    // The pass stopped at the event: the binder checks the rest of the frame.
                    return new Result(new Message.Notification(envelope.messageId, envelope.timestamp,
                            events.items), List.of());
                }
            } else {
                p.skipChildren();
            }
        }
        if (events == null || p.nextToken() != null) {
            return null;
        }
        return new Result(new Message.Notification(envelope.messageId, envelope.timestamp, events.items),
                envelope.unknownFields);
    }

    /** The envelope fields of a notification; null for any other message type or an unusual shape. */
    private static Envelope metadata(JsonParser p) {
        String messageId = null;
        String messageType = null;
        String timestamp = null;
        List<String> unknown = List.of();
        int seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            int bit = switch (name) {
                case "message_id" -> 1;
                case "message_type" -> 2;
                case "message_timestamp" -> 4;
                case "subscription_type" -> 8;
                case "subscription_version" -> 16;
                default -> 0;
            };
            if (bit == 0) {
                if (unknown.isEmpty()) {
                    unknown = new ArrayList<>(2);
                }
                unknown.add(name);
                p.skipChildren();
                continue;
            }
            if ((seen & bit) != 0 || token != JsonToken.VALUE_STRING) {
                return null;
            }
            seen |= bit;
            switch (bit) {
                case 1 -> messageId = p.getString();
                case 2 -> messageType = sameOrCopy(p, "notification");
                case 4 -> timestamp = p.getString();
                default -> { } // routing uses the payload's subscription, as the tree path does
            }
        }
        Instant instant = Timestamps.parse(timestamp);
        if (!"notification".equals(messageType) || messageId == null || instant == null) {
            return null;
        }
        return new Envelope(messageId, instant, unknown);
    }

    private record Envelope(String messageId, Instant timestamp, List<String> unknownFields) {
    }

    /**
     * The payload's events.
     *
     * @param open whether the pass stopped at the one event, which is left to bind (the parser is at its start)
     */
    private record Events(List<PendingNotification> items, boolean open) {
    }

    /** The events of the payload; null when the tree path must decide. */
    private Events payload(JsonParser p, byte[] utf8, Envelope envelope) {
        SubscriptionCache.Entry subscription = null;
        List<Notification<?>> out = null;
        boolean sawEvent = false;
        boolean sawEvents = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "subscription" -> {
                    if (subscription != null || token != JsonToken.START_OBJECT) {
                        return null;
                    }
                    subscription = subscription(p);
                    if (subscription == null) {
                        return null;
                    }
                }
                case "event" -> {
                    if (sawEvent) {
                        return null;
                    }
                    sawEvent = true;
                    if (token == JsonToken.START_OBJECT) {
                        // The tree path prefers event over events[]: with both present, let it decide.
                        if (subscription == null || out != null) {
                            return null;
                        }
                        if (subscription.reader() != null) {
                            long start = p.currentTokenLocation().getByteOffset();
                            if (start < 0 || start >= utf8.length || utf8[(int) start] != '{') {
                                return null; // no exact offset: bind it here after all, by the tree path
                            }
                            return new Events(List.of(new PendingNotification(envelope.messageId,
                                    subscription.metadata(), subscription.eventClass(),
                                    new DeferredEvent(utf8, (int) start, envelope, subscription))), true);
                        }
                        Notification<?> one = bind(p, utf8, envelope, subscription, -1);
                        if (one == null) {
                            return null;
                        }
                        out = List.of(one);
                    } else {
                        p.skipChildren();
                    }
                }
                case "events" -> {
                    if (sawEvents) {
                        return null;
                    }
                    sawEvents = true;
                    if (token == JsonToken.START_ARRAY) {
                        if (subscription == null || out != null) {
                            return null;
                        }
                        out = batch(p, utf8, envelope, subscription);
                        if (out == null) {
                            return null;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (out == null || out.isEmpty()) {
            return null;
        }
        List<PendingNotification> items = new ArrayList<>(out.size());
        for (Notification<?> each : out) {
            items.add(new PendingNotification(each));
        }
        return new Events(items, false);
    }

    /**
     * The one event of a frame, bound on first use: from a parser over the frame from the event's first byte, then
     * the text after the event must close {@code payload} and the root and nothing else. When it does not, or the
     * event does not bind, the whole frame is decoded again by the tree path and that outcome counts.
     */
    private final class DeferredEvent implements PendingNotification.DeferredEvent {
        private final byte[] utf8;
        private final int start;
        private final Envelope envelope;
        private final SubscriptionCache.Entry subscription;

        DeferredEvent(byte[] utf8, int start, Envelope envelope, SubscriptionCache.Entry subscription) {
            this.utf8 = utf8;
            this.start = start;
            this.envelope = envelope;
            this.subscription = subscription;
        }

        @Override
        public List<Notification<?>> bind() {
            UnknownFieldTally.take(); // whatever this thread left over is not this event's
            EventSubEvent event = null;
            try (JsonParser p = mapper.createParser(utf8, start, utf8.length - start)) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    event = subscription.reader().readValue(p); // stops at the event's END_OBJECT
                    long end = p.currentLocation().getByteOffset(); // counted from the event's first byte
                    if (event != null && (end <= 0 || !closesPayloadAndRoot(utf8, start + (int) end))) {
                        event = null;
                    }
                }
            } catch (RuntimeException e) { // JacksonException included: the tree path reports what is wrong
                LOG.debug("Binding an event from a JSON tree after binding it in place stopped: {}", e.toString());
                event = null;
            }
            if (event == null) {
                // which counts the event's unknown members itself
                return decoder.decodeAgainFromTree(new String(utf8, StandardCharsets.UTF_8));
            }
            decoder.accepted(envelope.unknownFields);
            SubscriptionMetadata meta = subscription.metadata();
            return List.of(Notification.withLazyRawEvent(envelope.messageId, envelope.timestamp, meta, event,
                    () -> rawEvent(utf8, -1)));
        }
    }

    /** Whether {@code utf8} from {@code from} is only the closing of payload and root, whitespace allowed. */
    static boolean closesPayloadAndRoot(byte[] utf8, int from) {
        int i = from;
        for (int closes = 0; closes < 2; closes++) {
            i = skipWhitespace(utf8, i);
            if (i >= utf8.length || utf8[i] != '}') {
                return false;
            }
            i++;
        }
        return skipWhitespace(utf8, i) == utf8.length;
    }

    private static int skipWhitespace(byte[] utf8, int from) {
        int i = from;
        while (i < utf8.length) {
            byte c = utf8[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Batched types (drop.entitlement.grant) carry events[]; each object reaches handlers on its own. */
    private List<Notification<?>> batch(JsonParser p, byte[] utf8, Envelope envelope,
                                        SubscriptionCache.Entry subscription) {
        List<Notification<?>> out = new ArrayList<>();
        int index = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
            if (token == JsonToken.START_OBJECT) {
                Notification<?> each = bind(p, utf8, envelope, subscription, index);
                if (each == null) {
                    return null;
                }
                out.add(each);
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    /**
     * The event at the parser's START_OBJECT, bound into its record (raw JSON kept as the frame's bytes), or as a
     * {@link RawEvent} when its type has no model; null when it does not fit its model.
     */
    private Notification<?> bind(JsonParser p, byte[] utf8, Envelope envelope, SubscriptionCache.Entry subscription,
                                 int index) {
        SubscriptionMetadata meta = subscription.metadata();
        if (subscription.reader() == null) {
            JsonNode json = trees.readTree(p);
            return new Notification<>(envelope.messageId, envelope.timestamp, meta,
                    new RawEvent(meta.type(), meta.version(), json), json);
        }
        EventSubEvent event = subscription.reader().readValue(p); // consumes the event's END_OBJECT
        if (event == null) {
            return null;
        }
        return Notification.withLazyRawEvent(envelope.messageId, envelope.timestamp, meta, event,
                () -> rawEvent(utf8, index));
    }

    /** The event object of a frame already read once: {@code payload.event}, or {@code payload.events[index]}. */
    private JsonNode rawEvent(byte[] utf8, int index) {
        JsonNode payload = mapper.readTree(utf8).path("payload");
        JsonNode event = index < 0 ? payload.path("event") : payload.path("events").path(index);
        if (!event.isObject()) {
            LOG.error("EventSub frame no longer holds the event it was decoded from");
            throw new IllegalStateException("the event is not in its frame");
        }
        return event;
    }

    /** The subscription at the parser's START_OBJECT, from the cache when seen before; null for an unusual shape. */
    private SubscriptionCache.Entry subscription(JsonParser p) {
        SubscriptionMetadata hint = subscriptions.last();
        String id = null;
        String status = null;
        String type = null;
        String version = null;
        int cost = 0;
        List<String> condition = null;
        String sessionId = null;
        String createdAt = null;
        int seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            int bit = switch (name) {
                case "id" -> 1;
                case "status" -> 2;
                case "type" -> 4;
                case "version" -> 8;
                case "cost" -> 16;
                case "condition" -> 32;
                case "transport" -> 64;
                case "created_at" -> 128;
                default -> 0;
            };
            if (bit == 0) {
                p.skipChildren();
                continue;
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
            if (bit == 16) {
                if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    cost = p.getIntValue();
                } else if (token != JsonToken.VALUE_NULL) {
                    return null;
                }
            } else if (bit == 32) {
                if (token != JsonToken.START_OBJECT) {
                    return null;
                }
                condition = condition(p, hint == null ? Map.of() : hint.condition());
                if (condition == null) {
                    return null;
                }
            } else if (bit == 64) {
                if (token != JsonToken.START_OBJECT) {
                    return null;
                }
                String[] session = transportSessionId(p, hint == null ? null : hint.sessionId());
                if (session == null) {
                    return null;
                }
                sessionId = session[0];
            } else {
                String value;
                if (token == JsonToken.VALUE_STRING) {
                    value = sameOrCopy(p, hint == null ? null : switch (bit) {
                        case 1 -> hint.id();
                        case 2 -> hint.status();
                        case 4 -> hint.type();
                        case 8 -> hint.version();
                        default -> null; // created_at is only parsed when the subscription is new
                    });
                } else if (token == JsonToken.VALUE_NULL) {
                    value = null;
                } else {
                    return null;
                }
                switch (bit) {
                    case 1 -> id = value;
                    case 2 -> status = value;
                    case 4 -> type = value;
                    case 8 -> version = value;
                    default -> createdAt = value;
                }
            }
        }
        if (id == null || type == null || version == null) {
            return null;
        }
        SubscriptionCache.Entry cached = subscriptions.find(id, status, sessionId);
        if (cached != null) {
            return cached;
        }
        Instant created = Timestamps.parse(createdAt);
        if (createdAt != null && created == null) {
            return null; // the tree path keeps such a subscription with no creation time; let it decide
        }
        return subscriptions.store(new SubscriptionMetadata(id, status, type, version, cost,
                conditionMap(condition), sessionId, created));
    }

    /**
     * Condition members with string values as name, value, name, value...; null when one has another scalar type
     * (the tree path decides). A list, not a map: the map is built only when the subscription is not cached.
     */
    private static List<String> condition(JsonParser p, Map<String, String> hint) {
        List<String> condition = new ArrayList<>(8);
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                p.skipChildren(); // not a value: the tree path skips these too
                continue;
            }
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
                return null;
            }
            for (int i = 0; i < condition.size(); i += 2) {
                if (condition.get(i).equals(name)) {
                    return null; // a duplicate: the tree keeps the last one, let it decide
                }
            }
            if (token == JsonToken.VALUE_STRING) {
                condition.add(name);
                condition.add(sameOrCopy(p, hint.get(name)));
            }
        }
        return condition;
    }

    private static Map<String, String> conditionMap(List<String> pairs) {
        if (pairs == null) {
            return Map.of();
        }
        Map<String, String> condition = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            condition.put(pairs.get(i), pairs.get(i + 1));
        }
        return condition;
    }

    /** {@code transport.session_id} in a one-element array (it may be null); null for an unusual shape. */
    private static String[] transportSessionId(JsonParser p, String hint) {
        String[] sessionId = new String[1];
        boolean seen = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            if (!name.equals("session_id")) {
                p.skipChildren();
                continue;
            }
            if (seen) {
                return null;
            }
            seen = true;
            if (token == JsonToken.VALUE_STRING) {
                sessionId[0] = sameOrCopy(p, hint);
            } else if (token != JsonToken.VALUE_NULL) {
                return null;
            }
        }
        return sessionId;
    }

    /**
     * The string at the parser: {@code known} itself when the text is the same, so the fields a subscription repeats
     * on every frame are compared in place instead of copied.
     */
    private static String sameOrCopy(JsonParser p, String known) {
        if (known != null && p.getStringLength() == known.length()) {
            char[] chars = p.getStringCharacters();
            int offset = p.getStringOffset();
            int length = known.length();
            int i = 0;
            while (i < length && chars[offset + i] == known.charAt(i)) {
                i++;
            }
            if (i == length) {
                return known;
            }
        }
        return p.getString();
    }
}
