package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who holds which role in which channel: moderators, VIPs and editors, each with the time the role was granted, in
 * the order granted. A broadcaster moderates their own channel without being listed, as at Twitch. Many parts of
 * Twitch ask (announcements, shoutouts, chat settings need a moderator), so the roles live here, once.
 */
public final class Roles {
    /** A role held in a channel. */
    public enum Role { MODERATOR, VIP, EDITOR }

    /** One grant: who, since when. */
    public record Grant(String userId, Instant grantedAt) {
    }

    private final Map<String, Map<Role, Map<String, Grant>>> byChannel = new ConcurrentHashMap<>();

    /** Grants {@code role} in {@code broadcasterId}'s channel; false when the user already holds it. */
    public synchronized boolean grant(String broadcasterId, Role role, String userId, Instant now) {
        return holders(broadcasterId, role).putIfAbsent(userId, new Grant(userId, now)) == null;
    }

    /** Revokes {@code role}; false when the user did not hold it. */
    public synchronized boolean revoke(String broadcasterId, Role role, String userId) {
        return holders(broadcasterId, role).remove(userId) != null;
    }

    /** Whether the user holds {@code role} (listed; see {@link #canModerate} for the broadcaster). */
    public synchronized boolean has(String broadcasterId, Role role, String userId) {
        return holders(broadcasterId, role).containsKey(userId);
    }

    /** The holders of {@code role}, in the order granted. */
    public synchronized List<Grant> list(String broadcasterId, Role role) {
        return List.copyOf(holders(broadcasterId, role).values());
    }

    /** The channels in which the user holds {@code role}, in no particular order. */
    public synchronized List<String> channelsOf(String userId, Role role) {
        return byChannel.entrySet().stream()
                .filter(e -> e.getValue().getOrDefault(role, Map.of()).containsKey(userId))
                .map(Map.Entry::getKey).toList();
    }

    /** Whether the user may moderate the channel: its broadcaster or one of its moderators. */
    public boolean canModerate(String broadcasterId, String userId) {
        return broadcasterId.equals(userId) || has(broadcasterId, Role.MODERATOR, userId);
    }

    /** Twitch's 403 when {@code moderatorId} may not moderate {@code broadcasterId}'s channel. */
    public void requireModerator(String broadcasterId, String moderatorId) {
        if (!canModerate(broadcasterId, moderatorId)) {
            throw TwitchHttpError.forbidden("The user in moderator_id is not one of the broadcaster's moderators");
        }
    }

    private Map<String, Grant> holders(String broadcasterId, Role role) {
        return byChannel.computeIfAbsent(broadcasterId, b -> new ConcurrentHashMap<>())
                .computeIfAbsent(role, r -> new LinkedHashMap<>());
    }
}
