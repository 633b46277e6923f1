package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train ended.
 *
 * <p>EventSub type {@code channel.hype_train.end}, version {@code 2}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param total {@code total}
 * @param level {@code level}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param sharedTrainParticipants {@code shared_train_participants}; may be null: null unless the train is shared
 * @param startedAt {@code started_at}
 * @param endedAt {@code ended_at}
 * @param cooldownEndsAt {@code cooldown_ends_at}
 * @param type {@code type}
 * @param isSharedTrain {@code is_shared_train}
 */
public record ChannelHypeTrainEndV2Event(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        int total,
        int level,
        List<HypeTrainContribution> topContributions,
        List<HypeTrainParticipant> sharedTrainParticipants,
        Instant startedAt,
        Instant endedAt,
        Instant cooldownEndsAt,
        HypeTrainType type,
        boolean isSharedTrain) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelHypeTrainEndV2Event {
        topContributions = topContributions == null ? List.of() : List.copyOf(topContributions);
        sharedTrainParticipants = sharedTrainParticipants == null ? null : List.copyOf(sharedTrainParticipants);
    }
}
