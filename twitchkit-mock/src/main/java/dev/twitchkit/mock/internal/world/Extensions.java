package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The extensions of the world, by id (an extension's id is its client id). */
public final class Extensions {
    private final Map<String, ExtensionState> byId = new ConcurrentHashMap<>();

    /** Registers an extension with one fresh secret; an existing one with that id is kept. */
    public ExtensionState register(String id, String ownerId, String version, Instant now) {
        return byId.computeIfAbsent(id, i -> new ExtensionState(i, ownerId, version, now));
    }

    /** An extension by id; empty for null or unknown. */
    public Optional<ExtensionState> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The extension, or Twitch's 404. */
    public ExtensionState require(String id) {
        return find(id).orElseThrow(() -> TwitchHttpError.notFound("Extension not found"));
    }

    /** The extensions a user owns. */
    public List<ExtensionState> ownedBy(String userId) {
        return byId.values().stream().filter(e -> e.ownerId().equals(userId)).toList();
    }
}
