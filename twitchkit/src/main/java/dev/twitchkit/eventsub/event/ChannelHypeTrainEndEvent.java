package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train ended.
 *
 * <p>EventSub type {@code channel.hype_train.end}, version {@code 1}. Deprecated by Twitch in favour of a newer
 * version.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param level {@code level}
 * @param total {@code total}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param endedAt the time in {@code ended_at}, to Twitch's nanosecond precision
 * @param cooldownEndsAt the time in {@code cooldown_ends_at}, to Twitch's nanosecond precision
 * @param isGoldenKappaTrain whether golden kappa train ({@code is_golden_kappa_train})
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
