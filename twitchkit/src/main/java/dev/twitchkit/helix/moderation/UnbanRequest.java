package dev.twitchkit.helix.moderation;

import java.time.Instant;

/**
 * A banned user's request to be unbanned.
 *
 * @param id the request
 * @param broadcasterId the channel
 * @param broadcasterLogin its login
 * @param broadcasterName its display name
 * @param moderatorId who resolved it; null or empty while pending
 * @param moderatorLogin their login; null or empty while pending
 * @param moderatorName their display name; null or empty while pending
 * @param userId who asks to be unbanned
 * @param userLogin their login
 * @param userName their display name
 * @param text what they wrote
 * @param status where the request stands
 * @param createdAt when it was sent
 * @param resolvedAt when it was approved or denied; null while pending
 * @param resolutionText the resolver's message; null when none
 */
public record UnbanRequest(
        String id,
        String broadcasterId,
        String broadcasterLogin,
        String broadcasterName,
        String moderatorId,
        String moderatorLogin,
        String moderatorName,
        String userId,
        String userLogin,
        String userName,
        String text,
        UnbanRequestStatus status,
        Instant createdAt,
        Instant resolvedAt,
        String resolutionText) {
}
