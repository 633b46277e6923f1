package dev.twitchkit.helix.hypetrain;

import dev.twitchkit.eventsub.event.HypeTrainContribution;
import dev.twitchkit.eventsub.event.HypeTrainParticipant;
import dev.twitchkit.eventsub.event.HypeTrainType;
import java.time.Instant;
import java.util.List;

/**
 * A running hype train.
 *
 * @param id the train's id
 * @param broadcasterUserId the broadcaster's user id
 * @param broadcasterUserLogin the broadcaster's login name
 * @param broadcasterUserName the broadcaster's display name
 * @param level the current level
 * @param total the points contributed in all
 * @param progress the points contributed at the current level
 * @param goal the points the next level needs
 * @param topContributions the largest contributions
 * @param sharedTrainParticipants the channels sharing the train; empty when not shared
 * @param startedAt when the train started
 * @param expiresAt when the train ends unless it reaches a new level
 * @param type regular, golden kappa or treasure
 * @param isSharedTrain whether the train is shared with other channels
 */
public record HypeTrain(String id, String broadcasterUserId, String broadcasterUserLogin, String broadcasterUserName,
                        int level, int total, int progress, int goal, List<HypeTrainContribution> topContributions,
                        List<HypeTrainParticipant> sharedTrainParticipants, Instant startedAt, Instant expiresAt,
                        HypeTrainType type, boolean isSharedTrain) {
    /** Copies the lists; a missing list is empty. */
    public HypeTrain {
        topContributions = topContributions == null ? List.of() : List.copyOf(topContributions);
        sharedTrainParticipants = sharedTrainParticipants == null ? List.of() : List.copyOf(sharedTrainParticipants);
    }
}
