package dev.twitchkit.mock.internal.world;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What users write about themselves (Update User): the channel description, empty until set. */
public final class UserProfiles {
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();

    /** The user's description, or empty. */
    public String description(String userId) {
        return descriptions.getOrDefault(userId, "");
    }

    /** Sets the user's description; empty removes it. */
    public void setDescription(String userId, String description) {
        descriptions.put(userId, description);
    }
}
