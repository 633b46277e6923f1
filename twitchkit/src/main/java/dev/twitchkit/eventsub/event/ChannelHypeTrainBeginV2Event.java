package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train began.
 *
 * <p>EventSub type {@code channel.hype_train.begin}, version {@code 2}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param total {@code total}
 * @param progress {@code progress}
 * @param goal {@code goal}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param level {@code level}
 * @param allTimeHighLevel {@code all_time_high_level}
 * @param allTimeHighTotal {@code all_time_high_total}
 * @param sharedTrainParticipants {@code shared_train_participants}; may be null: null unless the train is shared
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param expiresAt the time in {@code expires_at}, to Twitch's nanosecond precision
 * @param type {@code type}
 * @param isSharedTrain whether shared train ({@code is_shared_train})
 */
public record ChannelHypeTrainBeginV2Event(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        int total,
        int progress,
        int goal,
        List<HypeTrainContribution> topContributions,
        int level,
        int allTimeHighLevel,
        int allTimeHighTotal,
        List<HypeTrainParticipant> sharedTrainParticipants,
        Instant startedAt,
        Instant expiresAt,
        HypeTrainType type,
        boolean isSharedTrain) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelHypeTrainBeginV2Event {
        topContributions = topContributions == null ? List.of() : List.copyOf(topContributions);
        sharedTrainParticipants = sharedTrainParticipants == null ? null : List.copyOf(sharedTrainParticipants);
    }
}
