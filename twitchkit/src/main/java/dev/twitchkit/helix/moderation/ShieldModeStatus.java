package dev.twitchkit.helix.moderation;

import java.time.Instant;

/**
 * A channel's Shield Mode.
 *
 * @param isActive whether it is on
 * @param moderatorId who last turned it on; empty if nobody ever did
 * @param moderatorLogin their login; empty if nobody ever did
 * @param moderatorName their display name; empty if nobody ever did
 * @param lastActivatedAt when it was last turned on; null if never (Twitch sends an empty string)
 */
public record ShieldModeStatus(
        boolean isActive,
        String moderatorId,
        String moderatorLogin,
        String moderatorName,
        Instant lastActivatedAt) {
}
