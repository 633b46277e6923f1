package dev.twitchkit.eventsub.internal.decode;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.internal.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.module.SimpleModule;

/**
 * Turns the text of one EventSub frame into a {@link Message}. Never throws on bad input: malformed JSON, unknown
 * message types and missing fields become {@link Message.Unknown}; unknown members (of the envelope, or of an event
 * its model lacks) are skipped. All of it is logged and counted in {@link #counters()}. An event whose (type,
 * version) has no model, or whose JSON does not fit its model, becomes a {@link RawEvent}.
 *
 * <p>Thread-safe: one decoder may serve every socket of a client.
 */
public final class MessageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(MessageDecoder.class);
    private static final Set<String> METADATA_FIELDS = Set.of("message_id", "message_type", "message_timestamp",
            "subscription_type", "subscription_version");
    private static final Set<String> SESSION_FIELDS = Set.of("id", "status", "keepalive_timeout_seconds",
            "reconnect_url", "connected_at", "recovery_url");

    /** The library's mapper, with fast paths for the timestamps in events and for building event records. */
    private static final ObjectMapper MAPPER = Json.mapper().rebuild()
            .addModule(new SimpleModule("twitchkit-event-decoding") {
                @Override
                public void setupModule(SetupContext context) {
                    super.setupModule(context);
                    context.addValueInstantiators(new RecordConstructorInstantiator.Installer());
                }
            }.addDeserializer(Instant.class, new EventInstantDeserializer()))
            .build();

    private final ObjectMapper mapper = MAPPER;
    private final EventTypes eventTypes;
    private final DecodeCounters counters = new DecodeCounters();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    private final SubscriptionCache subscriptions;
    private final NotificationStreamReader streaming;
    /** Frames the streaming path decoded; tests check that Twitch-shaped frames do not fall back to the tree. */
    private final AtomicLong streamed = new AtomicLong();
    /** Frames whose event, left to bind later, sent the frame to the tree path when bound. */
    private final AtomicLong reboundFromTree = new AtomicLong();

    public MessageDecoder(EventTypes eventTypes) {
        this.eventTypes = eventTypes;
        // The streaming path binds an event in the middle of its frame: what follows it is not trailing garbage.
        this.subscriptions = new SubscriptionCache(eventTypes, type -> readers.computeIfAbsent(type, this::reader)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        this.streaming = new NotificationStreamReader(mapper, subscriptions, this);
    }

    /** The mapper events are bound with. */
    static ObjectMapper eventMapper() {
        return MAPPER;
    }

    /** How many frames took the streaming path. */
    long streamedFrames() {
        return streamed.get();
    }

    /** How many frames left to bind later were decoded again from a tree when bound. */
    long reboundFromTree() {
        return reboundFromTree.get();
    }

    /** What could not be used so far. */
    public DecodeCounters counters() {
        return counters;
    }

    /**
     * Decodes one complete text frame, given as its UTF-8 bytes (which the decoder keeps: a notification's event is
     * bound from them later). A notification as Twitch writes it takes one streaming pass over the bytes; anything
     * else, or anything unusual about it, is decoded from a JSON tree of the text, bytes that are not UTF-8
     * replaced by U+FFFD.
     */
    public Message decode(byte[] utf8) {
        UnknownFieldTally.take(); // nothing should be left over, but a stale count must not land on this frame
        NotificationStreamReader.Result fast = streaming.read(utf8);
        if (fast != null) {
            streamed.incrementAndGet();
            countUnknownFields(fast.unknownMetadataFields(), "metadata");
            countUnknownEventFields();
            return fast.message();
        }
        return decodeFromTree(new String(utf8, StandardCharsets.UTF_8));
    }

    /** Decodes one complete text frame given as text (a webhook's body in its envelope). */
    public Message decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The outcome of a frame whose event the streaming path left to bind and that then turned out unusual: decoded
     * again in full from a tree on the binding thread, as {@link #decode} would have from the start. The envelope
     * the session stage acted on is the streaming path's; the notifications are the tree's.
     */
    List<Notification<?>> decodeAgainFromTree(String text) {
        reboundFromTree.incrementAndGet();
        Message message = decodeFromTree(text);
        if (message instanceof Message.Notification n) {
            return n.events();
        }
        LOG.debug("EventSub notification frame turned out unusable when its event was bound; nothing delivered");
        return List.of();
    }

    /** The tree path alone, with its counts: what every frame would decode to without the streaming path. */
    Message decodeFromTree(String text) {
        UnknownFieldTally.take(); // a streaming pass's count of this frame: the tree path counts those members again
        try {
            return decodeTree(text);
        } finally {
            countUnknownEventFields();
        }
    }

    /** Counts what a frame bound later had unknown, once its binding succeeded on this thread. */
    void accepted(List<String> unknownMetadataFields) {
        countUnknownFields(unknownMetadataFields, "metadata");
        countUnknownEventFields();
    }

    private void countUnknownEventFields() {
        int unknown = UnknownFieldTally.take();
        if (unknown > 0) {
            counters.unknownFields.addAndGet(unknown);
        }
    }

    /** The general path: any member order, every check, nothing assumed. */
    private Message decodeTree(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            return malformed("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return malformed("not a JSON object");
        }
        JsonNode metadata = root.path("metadata");
        JsonNode payload = root.path("payload");
        String messageType = text(metadata, "message_type");
        String messageId = text(metadata, "message_id");
        Instant timestamp = instant(text(metadata, "message_timestamp"));
        if (messageType == null || messageId == null || timestamp == null || !payload.isObject()) {
            return malformed("envelope lacks message_type, message_id, message_timestamp or payload");
        }
        countUnknownFields(metadata, METADATA_FIELDS, "metadata");
        return switch (messageType) {
            case "session_welcome" -> welcome(messageId, timestamp, payload.path("session"));
            case "session_keepalive" -> new Message.Keepalive(messageId, timestamp);
            case "notification" -> notification(messageId, timestamp, payload);
            case "session_reconnect" -> reconnect(messageId, timestamp, payload.path("session"));
            case "revocation" -> revocation(messageId, timestamp, payload.path("subscription"));
            default -> {
                counters.unknownTypes.incrementAndGet();
                LOG.warn("Ignoring EventSub message of unknown type '{}' (id {})", messageType, messageId);
                yield new Message.Unknown(messageType, "unknown message type");
            }
        };
    }

    private Message welcome(String messageId, Instant timestamp, JsonNode session) {
        String sessionId = text(session, "id");
        if (sessionId == null) {
            return malformed("session_welcome without session.id");
        }
        countUnknownFields(session, SESSION_FIELDS, "session");
        int keepalive = session.path("keepalive_timeout_seconds").asInt(0);
        return new Message.Welcome(messageId, timestamp, sessionId, keepalive);
    }

    private Message reconnect(String messageId, Instant timestamp, JsonNode session) {
        String url = text(session, "reconnect_url");
        if (url == null) {
            return malformed("session_reconnect without session.reconnect_url");
        }
        countUnknownFields(session, SESSION_FIELDS, "session");
        try {
            return new Message.Reconnect(messageId, timestamp, text(session, "id"), new URI(url));
        } catch (java.net.URISyntaxException e) {
            return malformed("session_reconnect with an invalid reconnect_url");
        }
    }

    private Message revocation(String messageId, Instant timestamp, JsonNode subscription) {
        SubscriptionMetadata meta = subscription(subscription);
        return meta == null ? malformed("revocation without a usable subscription")
                : new Message.Revocation(messageId, timestamp, meta);
    }

    private Message notification(String messageId, Instant timestamp, JsonNode payload) {
        SubscriptionMetadata meta = cachedSubscription(payload.path("subscription"));
        if (meta == null) {
            return malformed("notification without a usable subscription");
        }
        List<Notification<?>> out = new ArrayList<>(1);
        JsonNode event = payload.path("event");
        if (event.isObject()) {
            out.add(bind(messageId, timestamp, meta, event));
        } else if (payload.path("events").isArray()) {
            // Batched types (drop.entitlement.grant) carry events[]; each one reaches handlers on its own.
            for (JsonNode each : payload.path("events")) {
                if (each.isObject()) {
                    out.add(bind(messageId, timestamp, meta, each));
                }
            }
        }
        if (out.isEmpty()) {
            if (meta.status() != null && !"enabled".equals(meta.status())) {
                // How some servers send a revocation: a notification with the subscription's new status and no event.
                LOG.debug("Notification {} without an event for a subscription {}: taken as its revocation",
                        messageId, meta.status());
                return new Message.Revocation(messageId, timestamp, meta);
            }
            return malformed("notification without event or events[]");
        }
        return Message.Notification.bound(messageId, timestamp, out);
    }

    private Notification<?> bind(String messageId, Instant timestamp, SubscriptionMetadata meta, JsonNode event) {
        Optional<Class<? extends EventSubEvent>> type = eventTypes.eventClass(meta.type(), meta.version());
        EventSubEvent bound = null;
        if (type.isPresent()) {
            try {
                bound = readers.computeIfAbsent(type.get(), this::reader).readValue(event);
            } catch (JacksonException | IllegalArgumentException e) {
                counters.unboundEvents.incrementAndGet();
                LOG.warn("Event of {} v{} (message {}) does not fit {}; delivering it raw: {}", meta.type(),
                        meta.version(), messageId, type.get().getSimpleName(), e.getMessage());
            }
        }
        if (bound == null) {
            bound = new RawEvent(meta.type(), meta.version(), event);
        }
        // The tree is built anyway on this path, so the notification keeps it.
        return new Notification<>(messageId, timestamp, meta, bound, event);
    }

    private SubscriptionMetadata cachedSubscription(JsonNode s) {
        SubscriptionCache.Entry cached = subscriptions.find(text(s, "id"), text(s, "status"),
                text(s.path("transport"), "session_id"));
        if (cached != null) {
            return cached.metadata();
        }
        SubscriptionMetadata meta = subscription(s);
        return meta == null ? null : subscriptions.store(meta).metadata();
    }

    /**
     * A reader for one event record that counts (and skips) members the record does not have: a field Twitch added
     * after the model was written shows up in {@link DecodeCounters#unknownFields()} instead of vanishing.
     */
    private ObjectReader reader(Class<?> eventClass) {
        return mapper.readerFor(eventClass).withHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                                 ValueDeserializer<?> deserializer, Object beanOrClass,
                                                 String propertyName) {
                UnknownFieldTally.add(); // counted when the frame's decoding is final
                LOG.debug("Unknown field '{}' in {}", propertyName, eventClass.getSimpleName());
                parser.skipChildren();
                return true;
            }
        });
    }

    private static SubscriptionMetadata subscription(JsonNode s) {
        String id = text(s, "id");
        String type = text(s, "type");
        String version = text(s, "version");
        if (id == null || type == null || version == null) {
            return null;
        }
        Map<String, String> condition = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : s.path("condition").properties()) {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                condition.put(e.getKey(), e.getValue().asString());
            }
        }
        return new SubscriptionMetadata(id, text(s, "status"), type, version, s.path("cost").asInt(0), condition,
                text(s.path("transport"), "session_id"), instant(text(s, "created_at")));
    }

    private void countUnknownFields(List<String> names, String where) {
        for (String name : names) {
            counters.unknownFields.incrementAndGet();
            LOG.debug("Unknown field '{}' in EventSub {}", name, where);
        }
    }

    private void countUnknownFields(JsonNode node, Set<String> known, String where) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                counters.unknownFields.incrementAndGet();
                LOG.debug("Unknown field '{}' in EventSub {}", name, where);
            }
        }
    }

    private Message malformed(String problem) {
        counters.malformed.incrementAndGet();
        LOG.warn("Ignoring malformed EventSub frame: {}", problem);
        return new Message.Unknown(null, problem);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static Instant instant(String text) {
        return Timestamps.parse(text);
    }
}
