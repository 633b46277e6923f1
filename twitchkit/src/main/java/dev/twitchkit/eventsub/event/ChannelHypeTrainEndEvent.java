package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train ended.
 *
 * <p>EventSub type {@code channel.hype_train.end}, version {@code 1}. Deprecated by Twitch in favour of a newer
 * version.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param level {@code level}
 * @param total {@code total}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param startedAt {@code started_at}
 * @param endedAt {@code ended_at}
 * @param cooldownEndsAt {@code cooldown_ends_at}
 * @param isGoldenKappaTrain {@code is_golden_kappa_train}
 */
public record ChannelHypeTrainEndEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        int level,
        int total,
        List<HypeTrainContribution> topContributions,
        Instant startedAt,
        Instant endedAt,
        Instant cooldownEndsAt,
        boolean isGoldenKappaTrain) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelHypeTrainEndEvent {
        topContributions = topContributions == null ? List.of() : List.copyOf(topContributions);
    }
}
