package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train began.
 *
 * <p>EventSub type {@code channel.hype_train.begin}, version {@code 1}. Deprecated by Twitch in favour of a newer
 * version.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param total {@code total}
 * @param progress {@code progress}
 * @param goal {@code goal}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param lastContribution {@code last_contribution}
 * @param level {@code level}
 * @param startedAt {@code started_at}
 * @param expiresAt {@code expires_at}
 * @param isGoldenKappaTrain {@code is_golden_kappa_train}
 */
public record ChannelHypeTrainBeginEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        int total,
        int progress,
        int goal,
        List<HypeTrainContribution> topContributions,
        HypeTrainContribution lastContribution,
        int level,
        Instant startedAt,
        Instant expiresAt,
        boolean isGoldenKappaTrain) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelHypeTrainBeginEvent {
        topContributions = topContributions == null ? List.of() : List.copyOf(topContributions);
    }
}
