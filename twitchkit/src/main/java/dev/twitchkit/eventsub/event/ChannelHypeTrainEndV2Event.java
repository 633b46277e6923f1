package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * A Hype Train ended.
 *
 * <p>EventSub type {@code channel.hype_train.end}, version {@code 2}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param total {@code total}
 * @param level {@code level}
 * @param topContributions {@code top_contributions}; empty when Twitch sends none
 * @param sharedTrainParticipants {@code shared_train_participants}; may be null: null unless the train is shared
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param endedAt the time in {@code ended_at}, to Twitch's nanosecond precision
 * @param cooldownEndsAt the time in {@code cooldown_ends_at}, to Twitch's nanosecond precision
 * @param type {@code type}
 * @param isSharedTrain whether shared train ({@code is_shared_train})
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
