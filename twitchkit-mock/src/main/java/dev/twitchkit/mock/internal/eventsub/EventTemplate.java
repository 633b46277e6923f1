package dev.twitchkit.mock.internal.eventsub;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A fixture's event turned into a fast template: every value that must be fresh per notification (ids,
 * user logins and names, timestamps) becomes a slot, the condition's fields are filled from the receiving
 * subscription, and overrides are applied. Rendering one notification's event is then string concatenation,
 * with no JSON tree copied or serialized (this is the send path the throughput harness measures).
 *
 * <p>Fresh rules: a string field named {@code id} or ending in {@code _id} gets a new value of the same
 * shape (digits, UUID, or alphanumeric of the same length); {@code <p>_login}/{@code <p>_name} beside a
 * fresh {@code <p>_id} where {@code <p>} ends in {@code user} get {@code user<id>}/{@code User<id>}; a
 * field ending in {@code _at} holding an RFC 3339 time gets the mock clock's now. Condition fields take the
 * subscription's values (and the known user's login and display name); overrides win over everything.
 */
public final class EventTemplate {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private enum Kind { DIGITS, UUID, ALNUM, TIMESTAMP, LOGIN, DISPLAY_NAME }

    private record Slot(Kind kind, int length, int source) {
    }

    /** One user's names, for filling {@code <p>_login} and {@code <p>_name} beside a known {@code <p>_id}. */
    public record UserNames(String login, String displayName) {
    }

    private final ObjectMapper json;
    private final JsonNode tree;
    private static final int MIN_ID_DIGITS = 8;

    private final String payloadKey;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, JsonNode> overrides;
    private final Function<String, Optional<UserNames>> users;
    private final Map<Map<String, String>, Compiled> compiled = new HashMap<>();

    private EventTemplate(ObjectMapper json, JsonNode fixture, Map<String, JsonNode> overrides,
                          Function<String, Optional<UserNames>> users) {
        this.json = json;
        this.overrides = overrides;
        this.users = users;
        boolean batched = fixture.has("events");
        this.payloadKey = batched ? "events" : "event";
        JsonNode source = fixture.get(payloadKey);
        if (source == null || (!batched && !source.isObject()) || (batched && !source.isArray())) {
            throw new IllegalArgumentException("fixture has no " + payloadKey + " " + (batched ? "array" : "object")
                    + ": type " + fixture.path("type").asString());
        }
        this.tree = source.deepCopy();
        slotify(tree);
        for (Map.Entry<String, JsonNode> o : overrides.entrySet()) {
            for (ObjectNode root : overrideRoots(tree)) {
                setPath(root, o.getKey(), o.getValue());
            }
        }
    }

    /**
     * Compiles a fixture ({@code {type, version, condition, event | events}}).
     *
     * @param overrides dotted paths into the event ({@code message.text}) and the JSON values they take
     * @param users finds a user's login and display name by id
     */
    public static EventTemplate compile(ObjectMapper json, JsonNode fixture, Map<String, JsonNode> overrides,
                                        Function<String, Optional<UserNames>> users) {
        return new EventTemplate(json, fixture, Map.copyOf(overrides), users);
    }

    /** {@code event} or {@code events} (batched types such as {@code drop.entitlement.grant}). */
    public String payloadKey() {
        return payloadKey;
    }

    /** New values for every slot: one call per notification event (shared by all its receivers). */
    public String[] freshValues(Instant now) {
        String[] values = new String[slots.size()];
        String time = Timestamps.format(now);
        for (int i = 0; i < values.length; i++) {
            Slot s = slots.get(i);
            values[i] = switch (s.kind) {
                // At least 8 digits, as Twitch's ids: a fixture's short example id (4 digits) gave 9,000 values,
                // and a 20-fold repeat then reused an id one run in fifty.
                case DIGITS -> Ids.digits(Math.max(s.length, MIN_ID_DIGITS));
                case UUID -> Ids.uuid();
                case ALNUM -> Ids.alnum(s.length);
                case TIMESTAMP -> time;
                case LOGIN, DISPLAY_NAME -> null;
            };
        }
        for (int i = 0; i < values.length; i++) {
            Slot s = slots.get(i);
            if (s.kind == Kind.LOGIN) {
                values[i] = "user" + values[s.source];
            } else if (s.kind == Kind.DISPLAY_NAME) {
                values[i] = "User" + values[s.source];
            }
        }
        return values;
    }

    /** A user an event made up: a fresh {@code <p>_user_id} with the login and name rendered beside it. */
    public record FreshUser(String id, String login, String displayName) {
    }

    /** The event JSON for a subscription with this condition, given one set of {@link #freshValues}. */
    public String render(Map<String, String> condition, String[] values) {
        return compiled(condition).render(values);
    }

    /**
     * The users the event for this condition makes up with these values (fresh user ids whose login it shows), so
     * the mock can create them and a handler's Helix look-up of such a user answers.
     */
    public List<FreshUser> freshUsers(Map<String, String> condition, String[] values) {
        int[] loginSlots = compiled(condition).loginSlots;
        List<FreshUser> users = new ArrayList<>(loginSlots.length);
        for (int slot : loginSlots) {
            String id = values[slots.get(slot).source];
            users.add(new FreshUser(id, values[slot], "User" + id));
        }
        return users;
    }

    private Compiled compiled(Map<String, String> condition) {
        synchronized (compiled) {
            return compiled.computeIfAbsent(condition, this::compileFor);
        }
    }

    private Compiled compileFor(Map<String, String> condition) {
        JsonNode copy = tree.deepCopy();
        for (ObjectNode root : roots(copy)) {
            condition.forEach((field, value) -> {
                if (root.has(field) && !overrides.containsKey(field)) {
                    fillUser(root, field, value);
                }
            });
        }
        for (ObjectNode root : overrideRoots(copy)) {
            overrides.forEach((path, value) -> {
                if (!path.contains(".") && path.endsWith("_id") && value.isString()) {
                    fillUser(root, path, value.asString());
                }
            });
        }
        String text = json.writeValueAsString(copy);
        List<String> parts = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = text.indexOf(OPEN, from)) >= 0) {
            int close = text.indexOf(CLOSE, open);
            parts.add(text.substring(from, open));
            indexes.add(Integer.parseInt(text.substring(open + 1, close)));
            from = close + 1;
        }
        parts.add(text.substring(from));
        int[] loginSlots = indexes.stream().mapToInt(Integer::intValue).filter(i -> slots.get(i).kind == Kind.LOGIN)
                .distinct().toArray();
        return new Compiled(parts.toArray(String[]::new), indexes.stream().mapToInt(Integer::intValue).toArray(),
                loginSlots);
    }

    private void fillUser(ObjectNode root, String idField, String userId) {
        root.put(idField, userId);
        if (!idField.endsWith("_id")) {
            return;
        }
        String prefix = idField.substring(0, idField.length() - 3);
        Optional<UserNames> names = users.apply(userId);
        String login = names.map(UserNames::login).orElse("user" + userId);
        String display = names.map(UserNames::displayName).orElse("User" + userId);
        // A login or name the caller overrides keeps its value (e.g. category_name beside category_id).
        if (root.has(prefix + "_login") && !overrides.containsKey(prefix + "_login")) {
            root.put(prefix + "_login", login);
        }
        if (root.has(prefix + "_name") && !overrides.containsKey(prefix + "_name")) {
            root.put(prefix + "_name", display);
        }
    }

    private record Compiled(String[] parts, int[] slotOf, int[] loginSlots) {
        String render(String[] values) {
            StringBuilder sb = new StringBuilder(parts.length * 24 + 256);
            for (int i = 0; i < slotOf.length; i++) {
                sb.append(parts[i]).append(values[slotOf[i]]);
            }
            return sb.append(parts[parts.length - 1]).toString();
        }
    }

    /** The objects whose top-level fields mirror the condition: the event, or each batched event and its data. */
    private static List<ObjectNode> roots(JsonNode tree) {
        List<ObjectNode> out = new ArrayList<>();
        if (tree.isObject()) {
            out.add((ObjectNode) tree);
        } else {
            for (JsonNode e : tree) {
                if (e.isObject()) {
                    out.add((ObjectNode) e);
                    if (e.get("data") instanceof ObjectNode data) {
                        out.add(data);
                    }
                }
            }
        }
        return out;
    }

    /** Where overrides apply: the event, or the {@code data} of each batched event. */
    private static List<ObjectNode> overrideRoots(JsonNode tree) {
        if (tree.isObject()) {
            return List.of((ObjectNode) tree);
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode e : tree) {
            if (e.get("data") instanceof ObjectNode data) {
                out.add(data);
            } else if (e instanceof ObjectNode obj) {
                out.add(obj);
            }
        }
        return out;
    }

    private void slotify(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(this::slotify);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        Map<String, Integer> idSlots = new HashMap<>();
        for (String field : List.copyOf(object.propertyNames())) {
            JsonNode value = object.get(field);
            if (value.isContainer()) {
                slotify(value);
            } else if (value.isString() && (field.equals("id") || field.endsWith("_id"))) {
                int slot = addSlot(idSlot(value.asString()));
                idSlots.put(field, slot);
                object.set(field, placeholder(slot));
            } else if (value.isString() && field.endsWith("_at") && isInstant(value.asString())) {
                object.set(field, placeholder(addSlot(new Slot(Kind.TIMESTAMP, 0, -1))));
            }
        }
        idSlots.forEach((idField, slot) -> {
            if (!idField.endsWith("_id")) {
                return;
            }
            String prefix = idField.substring(0, idField.length() - 3);
            if (prefix.endsWith("user")) {
                if (object.path(prefix + "_login").isString()) {
                    object.set(prefix + "_login", placeholder(addSlot(new Slot(Kind.LOGIN, 0, slot))));
                }
                if (object.path(prefix + "_name").isString()) {
                    object.set(prefix + "_name", placeholder(addSlot(new Slot(Kind.DISPLAY_NAME, 0, slot))));
                }
            }
        });
    }

    private static Slot idSlot(String example) {
        if (UUID.matcher(example).matches()) {
            return new Slot(Kind.UUID, 36, -1);
        }
        if (DIGITS.matcher(example).matches()) {
            return new Slot(Kind.DIGITS, Math.max(example.length(), 1), -1);
        }
        return new Slot(Kind.ALNUM, Math.max(example.length(), 8), -1);
    }

    private int addSlot(Slot slot) {
        slots.add(slot);
        return slots.size() - 1;
    }

    private static JsonNode placeholder(int slot) {
        return StringNode.valueOf(OPEN + Integer.toString(slot) + CLOSE);
    }

    private static boolean isInstant(String s) {
        try {
            Instant.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Sets a dotted path ({@code message.text}); intermediate objects are created when missing. */
    private static void setPath(ObjectNode root, String path, JsonNode value) {
        String[] keys = path.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = at.get(keys[i]);
            at = next instanceof ObjectNode obj ? obj : at.putObject(keys[i]);
        }
        at.set(keys[keys.length - 1], value);
    }
}
