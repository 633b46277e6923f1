package dev.twitchkit.eventsub.internal.decode;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.ObjectReader;

/**
 * The subscription object repeats on every notification of a subscription: its metadata, and the reader its events
 * bind with, are built once per id and reused while its status and session stay the same (what can change for one
 * id). Bounded by clearing. Thread-safe.
 */
final class SubscriptionCache {
    private static final int MAX_ENTRIES = 4096;

    /**
     * One subscription as the decoder uses it.
     *
     * @param reader binds its events; null when the (type, version) has no model (events arrive raw)
     */
    record Entry(SubscriptionMetadata metadata, Class<? extends EventSubEvent> eventClass, ObjectReader reader) {
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    /** The entry found or stored last: most frames repeat it, so its strings can stand in for the frame's. */
    private volatile Entry last;
    private final EventTypes eventTypes;
    private final Function<Class<? extends EventSubEvent>, ObjectReader> readers;

    SubscriptionCache(EventTypes eventTypes, Function<Class<? extends EventSubEvent>, ObjectReader> readers) {
        this.eventTypes = eventTypes;
        this.readers = readers;
    }

    /** The cached entry of {@code id} if its status and session still match; null otherwise. */
    Entry find(String id, String status, String sessionId) {
        Entry entry = id == null ? null : byId.get(id);
        if (entry != null && Objects.equals(entry.metadata().status(), status)
                && Objects.equals(entry.metadata().sessionId(), sessionId)) {
            last = entry;
            return entry;
        }
        return null;
    }

    /** The subscription found or stored last; null before the first. */
    SubscriptionMetadata last() {
        Entry entry = last;
        return entry == null ? null : entry.metadata();
    }

    /** Remembers {@code metadata} (replacing what its id had) and returns its entry. */
    Entry store(SubscriptionMetadata metadata) {
        Class<? extends EventSubEvent> eventClass = eventTypes.eventClass(metadata.type(), metadata.version())
                .orElse(null);
        Entry entry = new Entry(metadata, eventClass, eventClass == null ? null : readers.apply(eventClass));
        if (byId.size() >= MAX_ENTRIES) {
            byId.clear();
        }
        byId.put(metadata.id(), entry);
        last = entry;
        return entry;
    }
}
