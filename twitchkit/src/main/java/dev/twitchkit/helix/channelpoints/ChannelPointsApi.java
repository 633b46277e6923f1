package dev.twitchkit.helix.channelpoints;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Channel Points: custom rewards and their redemptions. Twitch lets only the client that created a reward update
 * or delete it and its redemptions (others get a {@code ForbiddenException}); the broadcaster must be a partner or
 * affiliate.
 */
public final class ChannelPointsApi {
    /** Twitch's limit on reward or redemption ids in one call. */
    public static final int MAX_IDS = 50;
    private static final String CATEGORY = "Channel Points";

    static final ListEndpoint<CustomReward> CREATE = Endpoint.declare(CATEGORY, "Create Custom Rewards",
            "createCustomReward").route("POST", "/channel_points/custom_rewards")
            .scopes(Scope.CHANNEL_MANAGE_REDEMPTIONS).userToken().data(CustomReward.class);
    static final Endpoint<Void> DELETE = Endpoint.declare(CATEGORY, "Delete Custom Reward", "deleteCustomReward")
            .route("DELETE", "/channel_points/custom_rewards").scopes(Scope.CHANNEL_MANAGE_REDEMPTIONS).userToken()
            .noContent();
    static final ListEndpoint<CustomReward> GET = Endpoint.declare(CATEGORY, "Get Custom Reward", "getCustomRewards")
            .route("GET", "/channel_points/custom_rewards")
            .scopes(Scope.CHANNEL_READ_REDEMPTIONS, Scope.CHANNEL_MANAGE_REDEMPTIONS).userToken()
            .data(CustomReward.class);
    static final ListEndpoint<CustomReward> UPDATE = Endpoint.declare(CATEGORY, "Update Custom Reward",
            "updateCustomReward").route("PATCH", "/channel_points/custom_rewards")
            .scopes(Scope.CHANNEL_MANAGE_REDEMPTIONS).userToken().data(CustomReward.class);
    static final ListEndpoint<CustomRewardRedemption> GET_REDEMPTIONS = Endpoint.declare(CATEGORY,
            "Get Custom Reward Redemption", "getCustomRewardRedemptions")
            .route("GET", "/channel_points/custom_rewards/redemptions")
            .scopes(Scope.CHANNEL_READ_REDEMPTIONS, Scope.CHANNEL_MANAGE_REDEMPTIONS).userToken()
            .list(CustomRewardRedemption.class, 50);
    static final ListEndpoint<CustomRewardRedemption> UPDATE_REDEMPTIONS = Endpoint.declare(CATEGORY,
            "Update Redemption Status", "updateRedemptionStatus")
            .route("PATCH", "/channel_points/custom_rewards/redemptions")
            .scopes(Scope.CHANNEL_MANAGE_REDEMPTIONS).userToken().data(CustomRewardRedemption.class);

    private final HelixApi api;

    /** The Channel Points endpoints on {@code api}'s token. */
    public ChannelPointsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Creates a reward in the broadcaster's channel (raises {@code channel.channel_points_custom_reward.add}).
     *
     * @param broadcasterId the token's user
     * @param reward built with {@link CustomRewardRequest#create}
     */
    public CompletableFuture<CustomReward> createCustomReward(String broadcasterId, CustomRewardRequest reward) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(reward, "reward");
        if (reward.title() == null || reward.cost() == null) {
            throw new IllegalArgumentException("a new reward needs a title and a cost (CustomRewardRequest.create)");
        }
        return CREATE.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), reward);
    }

    /** Creates a reward in the token user's channel. */
    public CompletableFuture<CustomReward> createCustomReward(CustomRewardRequest reward) {
        return createCustomReward(api.userId(), reward);
    }

    /** Deletes a reward this client created (raises {@code channel.channel_points_custom_reward.remove}). */
    public CompletableFuture<Void> deleteCustomReward(String broadcasterId, String rewardId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(rewardId, "rewardId");
        return DELETE.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId).add("id", rewardId), null);
    }

    /** Deletes a reward of the token user's channel. */
    public CompletableFuture<Void> deleteCustomReward(String rewardId) {
        return deleteCustomReward(api.userId(), rewardId);
    }

    /**
     * The broadcaster's rewards.
     *
     * @param broadcasterId the token's user
     * @param rewardIds at most 50 ids to narrow the list; empty for all
     * @param onlyManageable only the rewards this client created
     */
    public CompletableFuture<List<CustomReward>> getCustomRewards(String broadcasterId, Collection<String> rewardIds,
                                                                  boolean onlyManageable) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        checkIds(rewardIds, "rewardIds");
        return GET.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId).addAll("id", rewardIds)
                .add("only_manageable_rewards", onlyManageable ? "true" : null), null);
    }

    /** Every reward of the token user's channel. */
    public CompletableFuture<List<CustomReward>> getCustomRewards() {
        return getCustomRewards(api.userId(), List.of(), false);
    }

    /** Changes a reward this client created (raises {@code channel.channel_points_custom_reward.update}). */
    public CompletableFuture<CustomReward> updateCustomReward(String broadcasterId, String rewardId,
                                                              CustomRewardRequest changes) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(rewardId, "rewardId");
        Checks.notNull(changes, "changes");
        return UPDATE.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId).add("id", rewardId),
                changes);
    }

    /** Changes a reward of the token user's channel. */
    public CompletableFuture<CustomReward> updateCustomReward(String rewardId, CustomRewardRequest changes) {
        return updateCustomReward(api.userId(), rewardId, changes);
    }

    /**
     * A reward's redemptions, 50 a page.
     *
     * @param broadcasterId the token's user
     * @param rewardId the reward (created by this client)
     * @param status the status to list; may be null only when {@code redemptionIds} is not empty
     * @param redemptionIds at most 50 ids to narrow the list; empty for all
     * @param sort the order; null for Twitch's default (oldest first)
     */
    public Paginator<CustomRewardRedemption> getCustomRewardRedemptions(String broadcasterId, String rewardId,
                                                                        RedemptionStatus status,
                                                                        Collection<String> redemptionIds,
                                                                        RedemptionSort sort) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(rewardId, "rewardId");
        checkIds(redemptionIds, "redemptionIds");
        if (status == null && redemptionIds.isEmpty()) {
            throw new IllegalArgumentException("a status is required when no redemption ids are given");
        }
        return GET_REDEMPTIONS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("reward_id", rewardId).add("status", status).addAll("id", redemptionIds).add("sort", sort));
    }

    /** The token user's redemptions of a reward in {@code status}, oldest first. */
    public Paginator<CustomRewardRedemption> getCustomRewardRedemptions(String rewardId, RedemptionStatus status) {
        Checks.notNull(status, "status");
        return getCustomRewardRedemptions(api.userId(), rewardId, status, List.of(), null);
    }

    /**
     * Fulfils or cancels UNFULFILLED redemptions (cancelling refunds the points); raises
     * {@code channel.channel_points_custom_reward_redemption.update} for each. Returns the redemptions updated;
     * Twitch answers 404 when none of them was UNFULFILLED.
     *
     * @param broadcasterId the token's user
     * @param rewardId the reward (created by this client)
     * @param redemptionIds 1 to 50 ids
     * @param status {@link RedemptionStatus#FULFILLED} or {@link RedemptionStatus#CANCELED}
     */
    public CompletableFuture<List<CustomRewardRedemption>> updateRedemptionStatus(String broadcasterId,
                                                                                  String rewardId,
                                                                                  Collection<String> redemptionIds,
                                                                                  RedemptionStatus status) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(rewardId, "rewardId");
        checkIds(redemptionIds, "redemptionIds");
        if (redemptionIds.isEmpty()) {
            throw new IllegalArgumentException("redemptionIds must name at least one redemption");
        }
        if (!RedemptionStatus.FULFILLED.equals(status) && !RedemptionStatus.CANCELED.equals(status)) {
            throw new IllegalArgumentException("status must be FULFILLED or CANCELED, got " + status);
        }
        return UPDATE_REDEMPTIONS.data(api, HelixQuery.create().addAll("id", redemptionIds)
                .add("broadcaster_id", broadcasterId).add("reward_id", rewardId), Bodies.of("status", status.value()));
    }

    /** Fulfils or cancels redemptions in the token user's channel. */
    public CompletableFuture<List<CustomRewardRedemption>> updateRedemptionStatus(String rewardId,
                                                                                  Collection<String> redemptionIds,
                                                                                  RedemptionStatus status) {
        return updateRedemptionStatus(api.userId(), rewardId, redemptionIds, status);
    }

    private static void checkIds(Collection<String> ids, String name) {
        Checks.notNull(ids, name);
        ids.forEach(id -> Checks.notBlank(id, name));
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException(name + ": at most " + MAX_IDS + " ids per call, got " + ids.size());
        }
    }
}
