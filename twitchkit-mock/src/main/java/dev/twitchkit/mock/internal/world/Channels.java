package dev.twitchkit.mock.internal.world;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Every channel's information (title, category, language, tags, stream delay, content classification labels,
 * branded content) and its broadcaster type. A channel nobody has written yet reads as Twitch's defaults: empty
 * title and category, English, no tags. The broadcaster type ({@code partner}, {@code affiliate} or empty) decides
 * what Twitch lets a channel do: only partners set a stream delay, only partners and affiliates have channel points.
 */
public final class Channels {
    /** Twitch's types of broadcaster. */
    public static final String PARTNER = "partner";
    /** An affiliate broadcaster. */
    public static final String AFFILIATE = "affiliate";

    /** One channel's information as Get Channel Information reports it. */
    public record Info(String broadcasterId, String language, String gameId, String gameName, String title,
                       int delay, List<String> tags, List<String> labels, boolean brandedContent) {
        public Info {
            tags = List.copyOf(tags);
            labels = List.copyOf(labels);
        }

        static Info defaults(String broadcasterId) {
            return new Info(broadcasterId, "en", "", "", "", 0, List.of(), List.of(), false);
        }
    }

    private final Map<String, Info> infos = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();

    /** The channel's information (Twitch's defaults when never written). */
    public Info info(String broadcasterId) {
        return infos.getOrDefault(broadcasterId, Info.defaults(broadcasterId));
    }

    /** Applies {@code change} atomically; returns the new information. */
    public Info update(String broadcasterId, UnaryOperator<Info> change) {
        return infos.compute(broadcasterId, (id, old) -> change.apply(old == null ? Info.defaults(id) : old));
    }

    /** {@code partner}, {@code affiliate} or empty. */
    public String broadcasterType(String broadcasterId) {
        return types.getOrDefault(broadcasterId, "");
    }

    /** Sets the broadcaster type: {@code partner}, {@code affiliate} or empty. */
    public void setBroadcasterType(String broadcasterId, String type) {
        if (!type.isEmpty() && !type.equals(PARTNER) && !type.equals(AFFILIATE)) {
            throw new IllegalArgumentException("broadcaster type must be partner, affiliate or empty, got " + type);
        }
        types.put(broadcasterId, type);
    }

    /** Whether the broadcaster is a partner or an affiliate (has channel points, subscriptions, ads). */
    public boolean isMonetized(String broadcasterId) {
        return !broadcasterType(broadcasterId).isEmpty();
    }

}
