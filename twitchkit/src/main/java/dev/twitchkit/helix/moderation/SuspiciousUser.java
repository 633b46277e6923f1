package dev.twitchkit.helix.moderation;

import java.time.Instant;
import java.util.List;

/**
 * A chatter's suspicious-user status after a change.
 *
 * @param userId the chatter
 * @param broadcasterId the channel
 * @param moderatorId who changed the status last
 * @param updatedAt when
 * @param status the treatment now
 * @param types why the chatter is suspicious
 */
public record SuspiciousUser(
        String userId,
        String broadcasterId,
        String moderatorId,
        Instant updatedAt,
        SuspiciousUserStatus status,
        List<SuspiciousUserType> types) {
}
