package dev.twitchkit.mock.internal.world;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The extensions each user has installed and which of them are active in which slot. Every user has the same three
 * installed (a panel, an overlay and a component extension, a small fixed catalog), none active until Update User
 * Extensions activates them. Slots as at Twitch: panels 1–3, overlay 1, components 1–2.
 */
public final class UserExtensions {
    /** An installed extension. */
    public record Installed(String id, String version, String name, boolean canActivate, List<String> types) {
    }

    /** What a slot holds: inactive, or an extension (x, y only for components). */
    public record Slot(boolean active, String id, String version, String name, Integer x, Integer y) {
        static final Slot INACTIVE = new Slot(false, null, null, null, null, null);
    }

    /** The extensions every user has installed. */
    public static final List<Installed> INSTALLED = List.of(
            new Installed("wi08ebtatdc7oj83wtl9uxwz807l8b", "1.1.8", "Streamlabs Leaderboard", true,
                    List.of("panel")),
            new Installed("d4uvtfdr04uq6raoenvj7m86gdk16v", "2.0.2", "Prime Subscription and Loot Reminder", true,
                    List.of("overlay")),
            new Installed("lqnf3zxk0rv0g7gq92mtmnirjz2cjj", "0.0.1", "Dev Experience Test", true,
                    List.of("component", "mobile")));

    /** The slot types and how many slots each has. */
    public static final Map<String, Integer> SLOTS = Map.of("panel", 3, "overlay", 1, "component", 2);

    private final Map<String, Map<String, Map<String, Slot>>> activeByUser = new ConcurrentHashMap<>();

    /** The installed extension with this id and version, if any. */
    public Optional<Installed> installed(String id, String version) {
        return INSTALLED.stream().filter(e -> e.id().equals(id) && e.version().equals(version)).findFirst();
    }

    /** The user's slots by type ({@code panel}, {@code overlay}, {@code component}), then by slot number. */
    public synchronized Map<String, Map<String, Slot>> active(String userId) {
        Map<String, Map<String, Slot>> out = new TreeMap<>();
        slots(userId).forEach((type, slots) -> out.put(type, new TreeMap<>(slots)));
        return out;
    }

    /**
     * Applies {@code change} to a copy of the user's slots and keeps the result, atomically; when {@code change}
     * throws (a bad slot), nothing changes. Returns the slots after the change.
     */
    public synchronized Map<String, Map<String, Slot>> update(String userId,
                                                              Consumer<Map<String, Map<String, Slot>>> change) {
        Map<String, Map<String, Slot>> copy = active(userId);
        change.accept(copy);
        Map<String, Map<String, Slot>> stored = slots(userId);
        copy.forEach((type, slots) -> stored.get(type).putAll(slots));
        return active(userId);
    }

    private Map<String, Map<String, Slot>> slots(String userId) {
        return activeByUser.computeIfAbsent(userId, id -> {
            Map<String, Map<String, Slot>> slots = new TreeMap<>();
            SLOTS.forEach((type, count) -> {
                Map<String, Slot> numbered = new TreeMap<>();
                for (int i = 1; i <= count; i++) {
                    numbered.put(Integer.toString(i), Slot.INACTIVE);
                }
                slots.put(type, numbered);
            });
            return slots;
        });
    }
}
