package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.Ids;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every channel's custom rewards and their redemptions. A reward remembers the client that created it: only that
 * client may update or delete it, or update its redemptions (Twitch's 403). At most {@link #MAX_REWARDS} rewards a
 * channel, with titles unique in the channel (case-insensitive, as Twitch compares them).
 */
public final class ChannelPoints {
    /** Twitch's limit on custom rewards per channel. */
    public static final int MAX_REWARDS = 50;

    /**
     * A custom reward's settings, as Create and Update Custom Reward take them.
     *
     * @param maxPerStream 0 when the limit is off
     * @param maxPerUserPerStream 0 when the limit is off
     * @param globalCooldownSeconds 0 when the cooldown is off
     */
    public record Settings(String title, String prompt, int cost, String backgroundColor, boolean enabled,
                           boolean userInputRequired, boolean maxPerStreamEnabled, int maxPerStream,
                           boolean maxPerUserPerStreamEnabled, int maxPerUserPerStream,
                           boolean globalCooldownEnabled, int globalCooldownSeconds, boolean paused,
                           boolean skipRequestQueue) {
    }

    /** A reward: its id, channel, the client that created it, and its settings. */
    public record Reward(String id, String broadcasterId, String clientId, Settings settings) {
    }

    /** A redemption of a reward (the reward as it was when redeemed). */
    public record Redemption(String id, String broadcasterId, String userId, Reward reward, String userInput,
                             String status, Instant redeemedAt) {
        Redemption withStatus(String newStatus) {
            return new Redemption(id, broadcasterId, userId, reward, userInput, newStatus, redeemedAt);
        }
    }

    private final Map<String, Map<String, Reward>> rewards = new HashMap<>();
    private final Map<String, Redemption> redemptions = new LinkedHashMap<>();

    /** Creates a reward; 400 when the channel has {@link #MAX_REWARDS} or the title is taken. */
    public synchronized Reward create(String broadcasterId, String clientId, Settings settings) {
        Map<String, Reward> channel = channel(broadcasterId);
        if (channel.size() >= MAX_REWARDS) {
            throw TwitchHttpError.badRequest("The request exceeds the maximum number of rewards allowed per channel");
        }
        requireUniqueTitle(channel, settings.title(), null);
        Reward reward = new Reward(Ids.uuid(), broadcasterId, clientId, settings);
        channel.put(reward.id(), reward);
        return reward;
    }

    /** Replaces a reward's settings; 400 when the new title is taken. */
    public synchronized Reward update(Reward reward, Settings settings) {
        Map<String, Reward> channel = channel(reward.broadcasterId());
        requireUniqueTitle(channel, settings.title(), reward.id());
        Reward updated = new Reward(reward.id(), reward.broadcasterId(), reward.clientId(), settings);
        channel.put(reward.id(), updated);
        return updated;
    }

    /** Deletes a reward and its redemptions. */
    public synchronized void delete(Reward reward) {
        channel(reward.broadcasterId()).remove(reward.id());
        redemptions.values().removeIf(r -> r.reward().id().equals(reward.id()));
    }

    /** A reward of the channel. */
    public synchronized Optional<Reward> reward(String broadcasterId, String rewardId) {
        return Optional.ofNullable(channel(broadcasterId).get(rewardId));
    }

    /** The channel's rewards, in the order created. */
    public synchronized List<Reward> rewards(String broadcasterId) {
        return List.copyOf(channel(broadcasterId).values());
    }

    /** A viewer redeems a reward: UNFULFILLED, or FULFILLED at once when the reward skips the queue. */
    public synchronized Redemption redeem(Reward reward, String userId, String userInput, Instant now) {
        String status = reward.settings().skipRequestQueue() ? "FULFILLED" : "UNFULFILLED";
        Redemption redemption = new Redemption(Ids.uuid(), reward.broadcasterId(), userId, reward,
                userInput == null ? "" : userInput, status, now);
        redemptions.put(redemption.id(), redemption);
        return redemption;
    }

    /** The reward's redemptions, oldest first. */
    public synchronized List<Redemption> redemptions(String rewardId) {
        return redemptions.values().stream().filter(r -> r.reward().id().equals(rewardId)).toList();
    }

    /**
     * Sets the status of the reward's UNFULFILLED redemptions among {@code ids} (others are left out, as Twitch
     * leaves them out); the updated ones, in the order asked.
     */
    public synchronized List<Redemption> resolve(String rewardId, List<String> ids, String status) {
        List<Redemption> updated = new ArrayList<>();
        for (String id : ids.stream().distinct().toList()) {
            Redemption r = redemptions.get(id);
            if (r != null && r.reward().id().equals(rewardId) && r.status().equals("UNFULFILLED")) {
                Redemption changed = r.withStatus(status);
                redemptions.put(id, changed);
                updated.add(changed);
            }
        }
        return updated;
    }

    private static void requireUniqueTitle(Map<String, Reward> channel, String title, String exceptId) {
        boolean taken = channel.values().stream().anyMatch(r -> !r.id().equals(exceptId)
                && r.settings().title().equalsIgnoreCase(title));
        if (taken) {
            throw TwitchHttpError.badRequest("The title must be unique "
                    + "amongst all of the broadcaster's custom rewards");
        }
    }

    private Map<String, Reward> channel(String broadcasterId) {
        return rewards.computeIfAbsent(broadcasterId, b -> new LinkedHashMap<>());
    }
}
