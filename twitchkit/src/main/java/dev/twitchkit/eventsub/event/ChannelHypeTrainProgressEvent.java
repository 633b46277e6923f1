package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train made progress (may arrive before the begin event).
 *
 * <p>EventSub type {@code channel.hype_train.progress}, version {@code 1}. Deprecated by Twitch in favour of a
 * newer version.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param level {@code level}
 * @param total {@code total}
 * @param progress {@code progress}
 * @param goal {@code goal}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param lastContribution {@code last_contribution}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param expiresAt the time in {@code expires_at}, to Twitch's nanosecond precision
 * @param isGoldenKappaTrain whether golden kappa train ({@code is_golden_kappa_train})
 */
public record ChannelHypeTrainProgressEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        int level,
        int total,
        int progress,
        int goal,
        List<HypeTrainContribution> topContributions,
        HypeTrainContribution lastContribution,
        Instant startedAt,
        Instant expiresAt,
        boolean isGoldenKappaTrain) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelHypeTrainProgressEvent {
        topContributions = topContributions == null ? List.of() : List.copyOf(topContributions);
    }
}
