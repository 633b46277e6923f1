package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.eventsub.CatalogEntry;
import dev.twitchkit.mock.internal.eventsub.EventSubServer;
import dev.twitchkit.mock.internal.eventsub.Subscription;
import dev.twitchkit.mock.internal.world.Broadcasts;
import dev.twitchkit.mock.internal.world.Streams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds and sends notifications of one subscription type from its fixture, with fresh ids, user names and
 * timestamps each time: {@code twitch.trigger("channel.follow").to(streamer).repeat(3).send()}.
 *
 * <p>Every enabled subscription of the type and version whose condition holds the targeted values receives
 * each notification (a websocket session directly, a conduit through the shard its broadcaster hashes to).
 * The event's condition fields ({@code broadcaster_user_id} and its login and name, …) are the receiving
 * subscription's.
 *
 * <p>{@code stream.online} and {@code stream.offline} also change the world, so Helix agrees with the events: online
 * starts each targeted broadcaster's stream (Get Streams lists it with the event's {@code id}, {@code type} and
 * {@code started_at}; an overridden {@code id} or {@code type} becomes the stream's), offline ends it (leaving its
 * archive video). Without a targeted broadcaster, each subscribed broadcaster gets its own stream.
 */
public final class Trigger {
    private static final String BROADCASTER = "broadcaster_user_id";
    private final EventSubServer server;
    private final ObjectMapper json;
    private final Broadcasts broadcasts;
    private final String type;
    private String version;
    private String broadcaster;
    private final Map<String, String> condition = new LinkedHashMap<>();
    private final Map<String, JsonNode> overrides = new LinkedHashMap<>();
    private int repeat = 1;
    private boolean nulls;

    Trigger(EventSubServer server, ObjectMapper json, Broadcasts broadcasts, String type) {
        this.server = server;
        this.json = json;
        this.broadcasts = broadcasts;
        this.type = Objects.requireNonNull(type, "type");
        if (!server.catalog().knowsType(type)) {
            throw new IllegalArgumentException("unknown subscription type: " + type);
        }
    }

    /** The version; the newest one Twitch still accepts when not given. */
    public Trigger version(String version) {
        this.version = Objects.requireNonNull(version, "version");
        return this;
    }

    /**
     * Targets subscriptions for this broadcaster: the type's broadcaster condition field
     * ({@code broadcaster_user_id}, else {@code to_broadcaster_user_id}, else {@code user_id}, …).
     */
    public Trigger broadcaster(String userId) {
        this.broadcaster = Objects.requireNonNull(userId, "userId");
        return this;
    }

    /** Targets subscriptions for this user as broadcaster; see {@link #broadcaster(String)}. */
    public Trigger to(MockUser user) {
        return broadcaster(user.id());
    }

    /** Targets subscriptions whose condition has this field with this value. */
    public Trigger condition(String field, String value) {
        condition.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Sets an event field (dotted for nested ones: {@code message.text}) to a value, after the fresh
     * values; any JSON-mappable value. Overriding {@code <p>_user_id} with a mock user's id also fills
     * that user's login and name.
     */
    public Trigger override(String field, Object value) {
        overrides.put(Objects.requireNonNull(field, "field"), json.valueToTree(value));
        return this;
    }

    /**
     * Sends the fixture's variant with every field Twitch may send as null set to null: an anonymous gifter or
     * chatter, a hidden sub streak, a message without a reply, an action object that does not apply. Condition
     * fields still take the receiving subscription's values. For a type with no such field, {@link #send()} fails.
     */
    public Trigger withNulls() {
        this.nulls = true;
        return this;
    }

    /** Sends this many notifications (each with its own fresh values) per receiving subscription. */
    public Trigger repeat(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, got " + times);
        }
        this.repeat = times;
        return this;
    }

    /**
     * Sends the notifications.
     *
     * @return the message ids sent, in order; empty when no enabled subscription matched
     */
    public List<String> send() {
        CatalogEntry entry = (version == null ? server.catalog().newest(type) : server.catalog().find(type, version))
                .filter(e -> !e.removed())
                .orElseThrow(() -> new IllegalArgumentException("no such subscription type and version: " + type
                        + " " + (version == null ? "(newest)" : version)));
        Map<String, String> filter = new LinkedHashMap<>(condition);
        if (broadcaster != null) {
            String field = EventSubServer.ROUTING_FIELDS.stream().filter(entry.conditionFields()::contains)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type + " has no broadcaster condition field; "
                            + "use condition(field, value) with one of " + entry.conditionFields()));
            filter.put(field, broadcaster);
        }
        JsonNode fixture = nulls ? server.catalog().nullsFixture(entry).orElseThrow(() ->
                new IllegalArgumentException(type + " version " + entry.version() + " has no field Twitch sends as "
                        + "null, so no variant with nulls")) : server.catalog().fixture(entry);
        if (type.equals("stream.online") || type.equals("stream.offline")) {
            return sendChangingStreams(entry, fixture, filter);
        }
        return server.trigger(entry, fixture, filter, overrides, repeat);
    }

    /** Starts or ends the stream of each broadcaster the notifications go to, then sends them with its fields. */
    private List<String> sendChangingStreams(CatalogEntry entry, JsonNode fixture, Map<String, String> filter) {
        List<String> broadcasters = filter.containsKey(BROADCASTER) ? List.of(filter.get(BROADCASTER))
                : server.subscriptions().stream()
                .filter(s -> s.enabled() && s.entry().equals(entry) && matches(s, filter))
                .map(s -> s.condition().get(BROADCASTER)).distinct().toList();
        List<String> ids = new ArrayList<>();
        for (String broadcasterId : broadcasters) {
            Map<String, String> one = new LinkedHashMap<>(filter);
            one.put(BROADCASTER, broadcasterId);
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            if (type.equals("stream.online")) {
                Streams.Stream stream = broadcasts.started(broadcasterId, overriddenText("id"),
                        Objects.requireNonNullElse(overriddenText("type"), Broadcasts.LIVE));
                Broadcasts.onlineFields(stream).forEach((field, value) -> fields.put(field, json.valueToTree(value)));
            } else {
                broadcasts.ended(broadcasterId);
            }
            fields.putAll(overrides);
            ids.addAll(server.trigger(entry, fixture, one, fields, repeat));
        }
        return ids;
    }

    private static boolean matches(Subscription sub, Map<String, String> filter) {
        return filter.entrySet().stream().allMatch(f -> f.getValue().equals(sub.condition().get(f.getKey())));
    }

    private String overriddenText(String field) {
        JsonNode value = overrides.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
