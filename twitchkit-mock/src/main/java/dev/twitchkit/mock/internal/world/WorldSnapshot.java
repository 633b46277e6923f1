package dev.twitchkit.mock.internal.world;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the world's stores hold, as one JSON object, so a restarted mock answers Helix as the last one did: the
 * same ids, timestamps and values, and no notification raised again. The world document the mock is seeded with (a
 * script of logins applied through the mock's API) could not do that: replayed, it mints new ids and raises every
 * event once more, and it names only users, follows, subscriptions, roles and streams.
 *
 * <p>A store's state is what its collection and counter fields ({@link Map}, {@link Collection}, {@link AtomicLong})
 * hold; its other fields are wiring (the clock, the events, other stores). The picture names each store by its field
 * in {@link World} and each part by its field in the store: {@code {"channels": {"infos": {...}, "types": {...}}}}.
 * Stores holding nothing are left out. Users and tokens are not part of it (the auth store keeps them).
 */
public final class WorldSnapshot {
    /** Field-based, so records and the stores' own value classes are written as they are held. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            // A value class's final containers (a schedule's segments) are set like its other fields.
            .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            // The stores keep insertion order in their sets (chatters, blocks) as in their maps and lists.
            .addModule(new SimpleModule("world-snapshot").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .build();

    private WorldSnapshot() {
    }

    /** The picture of {@code world}; each store is read under its own lock, as its methods read it. */
    public static ObjectNode take(World world) {
        ObjectNode picture = JsonNodeFactory.instance.objectNode();
        for (Field storeField : storeFields()) {
            Object store = read(storeField, world);
            ObjectNode parts = JsonNodeFactory.instance.objectNode();
            synchronized (store) {
                for (Field part : stateFields(store.getClass())) {
                    JsonNode value = JSON.valueToTree(read(part, store));
                    if (!isEmpty(value)) {
                        parts.set(part.getName(), value);
                    }
                }
            }
            if (!parts.isEmpty()) {
                picture.set(storeField.getName(), parts);
            }
        }
        return picture;
    }

    /**
     * Fills a new world's stores from a {@link #take picture}; before the mock serves, so nothing else runs.
     *
     * @throws IllegalArgumentException naming the store or part that is unknown or does not fit
     */
    public static void restore(World world, JsonNode picture) {
        if (!picture.isObject()) {
            throw new IllegalArgumentException("\"world\" must be a JSON object");
        }
        Map<String, Field> stores = byName(storeFields());
        for (Map.Entry<String, JsonNode> saved : picture.properties()) {
            Field storeField = stores.get(saved.getKey());
            if (storeField == null) {
                throw new IllegalArgumentException("\"world\" holds an unknown part \"" + saved.getKey() + "\"");
            }
            restoreStore(read(storeField, world), saved.getKey(), saved.getValue());
        }
        world.restored();
    }

    private static void restoreStore(Object store, String storeName, JsonNode savedParts) {
        if (!savedParts.isObject()) {
            throw new IllegalArgumentException("\"world." + storeName + "\" must be a JSON object");
        }
        Map<String, Field> parts = byName(stateFields(store.getClass()));
        for (Map.Entry<String, JsonNode> saved : savedParts.properties()) {
            String name = storeName + "." + saved.getKey();
            Field part = parts.get(saved.getKey());
            if (part == null) {
                throw new IllegalArgumentException("\"world\" holds an unknown part \"" + name + "\"");
            }
            Object value;
            try {
                value = JSON.readerFor(JSON.constructType(part.getGenericType())).readValue(saved.getValue());
            } catch (JacksonException e) {
                throw new IllegalArgumentException("\"world." + name + "\" does not fit: " + e.getOriginalMessage());
            }
            fill(read(part, store), value);
        }
    }

    /** Puts the saved content into the store's own container, which keeps its kind (concurrent, sorted...). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(Object live, Object saved) {
        if (live instanceof Map map) {
            map.clear();
            map.putAll((Map) saved);
        } else if (live instanceof Collection collection) {
            collection.clear();
            collection.addAll((Collection) saved);
        } else {
            ((AtomicLong) live).set(((AtomicLong) saved).get());
        }
    }

    private static Iterable<Field> storeFields() {
        return Arrays.stream(World.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .filter(f -> f.getType().getPackage() == World.class.getPackage())
                .toList();
    }

    private static Iterable<Field> stateFields(Class<?> store) {
        return Arrays.stream(store.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .filter(f -> Map.class.isAssignableFrom(f.getType()) || Collection.class.isAssignableFrom(f.getType())
                        || f.getType() == AtomicLong.class)
                .toList();
    }

    private static Map<String, Field> byName(Iterable<Field> fields) {
        Map<String, Field> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.getName(), f));
        return out;
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value.isContainer() && value.isEmpty();
    }
}
