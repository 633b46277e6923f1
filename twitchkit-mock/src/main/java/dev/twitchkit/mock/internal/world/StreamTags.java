package dev.twitchkit.mock.internal.world;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stream tags Twitch used to define (deprecated by Twitch), and the tags on each channel's stream: a small fixed
 * catalog, with one automatic tag (a language) that only Twitch applies.
 */
public final class StreamTags {
    /** A tag with its name and description per locale ({@code en-us} style keys). */
    public record Tag(String id, boolean auto, Map<String, String> names, Map<String, String> descriptions) {
    }

    private static final List<Tag> CATALOG = List.of(
            new Tag("6ea6bca4-4712-4ab9-a906-e3336a9d8039", true,
                    Map.of("en-us", "English", "de-de", "Englisch"),
                    Map.of("en-us", "For streams featuring the use of English", "de-de", "Für Streams auf Englisch.")),
            new Tag("621fb5bf-5498-4d8f-b4ac-db4d40d401bf", false,
                    Map.of("en-us", "1 Credit Clear", "de-de", "Mit 1 Leben abschließen"),
                    Map.of("en-us", "For streams with an emphasis on completing an arcade game on a single credit",
                            "de-de", "Für Streams mit dem Ziel, ein Arcade-Game mit nur einem Leben abzuschließen.")),
            new Tag("7cefbf30-4c3e-4aa7-99cd-70aabb662f27", false,
                    Map.of("en-us", "Speedrun", "de-de", "Speedrun"),
                    Map.of("en-us", "For streams with an emphasis on completing a game as fast as possible",
                            "de-de", "Für Streams, in denen ein Spiel so schnell wie möglich beendet wird.")));

    private final Map<String, List<String>> byChannel = new ConcurrentHashMap<>();

    /** Every tag Twitch defines, in catalog order. */
    public List<Tag> catalog() {
        return CATALOG;
    }

    /** A tag by id. */
    public Optional<Tag> byId(String id) {
        return CATALOG.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Replaces the tags on the channel's stream. */
    public void tag(String broadcasterId, List<String> tagIds) {
        tagIds.forEach(id -> byId(id).orElseThrow(() -> new IllegalArgumentException("no stream tag " + id)));
        byChannel.put(broadcasterId, List.copyOf(tagIds));
    }

    /** The tags on the channel's stream, in the order set. */
    public List<Tag> of(String broadcasterId) {
        return byChannel.getOrDefault(broadcasterId, List.of()).stream().map(id -> byId(id).orElseThrow()).toList();
    }
}
