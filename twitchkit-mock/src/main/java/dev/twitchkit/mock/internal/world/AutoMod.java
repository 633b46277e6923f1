package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Each channel's AutoMod settings, and the chat messages AutoMod holds for a moderator to allow or deny. */
public final class AutoMod {
    /** The categories AutoMod rates, in Twitch's order of the settings object. */
    public static final List<String> CATEGORIES = List.of("disability", "aggression", "sexuality_sex_or_gender",
            "misogyny", "bullying", "swearing", "race_ethnicity_or_religion", "sex_based_terms");

    /**
     * A channel's settings: every category's level (0 to 4), and the overall level they came from (null when the
     * categories were set one by one). A channel that never set anything has everything at 0.
     */
    public record Settings(Integer overallLevel, Map<String, Integer> levels) {
        public Settings {
            levels = Map.copyOf(levels);
        }

        /** All categories at {@code level}, as setting the overall level does. */
        public static Settings overall(int level) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            CATEGORIES.forEach(c -> levels.put(c, level));
            return new Settings(level, levels);
        }
    }

    /** A message AutoMod held; {@code status} is {@code pending} until a moderator allows or denies it. */
    public record HeldMessage(String id, String broadcasterId, String userId, String text, String category,
                              int level, Instant heldAt, String status) {
        HeldMessage withStatus(String newStatus) {
            return new HeldMessage(id, broadcasterId, userId, text, category, level, heldAt, newStatus);
        }
    }

    private final Map<String, Settings> settings = new ConcurrentHashMap<>();
    private final Map<String, HeldMessage> held = new ConcurrentHashMap<>();

    /** The channel's settings. */
    public Settings settings(String broadcasterId) {
        return settings.getOrDefault(broadcasterId, Settings.overall(0));
    }

    /** Replaces the channel's settings. */
    public Settings update(String broadcasterId, Settings newSettings) {
        settings.put(broadcasterId, newSettings);
        return newSettings;
    }

    /** Holds a message for review. */
    public HeldMessage hold(String broadcasterId, String userId, String text, String category, int level,
                            Instant now) {
        HeldMessage message = new HeldMessage(UUID.randomUUID().toString(), broadcasterId, userId, text, category,
                level, now, "pending");
        held.put(message.id(), message);
        return message;
    }

    /** A held message still awaiting review. */
    public Optional<HeldMessage> pending(String messageId) {
        return Optional.ofNullable(held.get(messageId)).filter(m -> m.status().equals("pending"));
    }

    /** Resolves a pending message; empty when it is not (or no longer) pending. */
    public synchronized Optional<HeldMessage> resolve(String messageId, String status) {
        return pending(messageId).map(m -> {
            HeldMessage resolved = m.withStatus(status);
            held.put(messageId, resolved);
            return resolved;
        });
    }
}
