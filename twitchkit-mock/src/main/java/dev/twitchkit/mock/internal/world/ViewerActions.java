package dev.twitchkit.mock.internal.world;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What viewers do in a channel that Helix cannot do for them: follow, subscribe, redeem a reward, donate to a
 * charity campaign, contribute to a hype train. Each is recorded in its store and raises the notification Twitch
 * raises ({@code channel.follow}, {@code channel.subscribe}, {@code channel.channel_points_custom_reward_redemption.add},
 * {@code channel.charity_campaign.donate}), so tests and the control API seed a world that Helix reads back.
 */
public final class ViewerActions {
    private final World world;

    ViewerActions(World world) {
        this.world = world;
    }

    /** {@code userId} follows {@code broadcasterId} (nothing happens when they already do). */
    public void follow(String userId, String broadcasterId) {
        requireUsers(userId, broadcasterId);
        world.follows().follow(userId, broadcasterId, world.now()).ifPresent(f ->
                world.events().raise("channel.follow", Map.of("broadcaster_user_id", broadcasterId), Map.of(
                        "user_id", userId, "broadcaster_user_id", broadcasterId,
                        "followed_at", f.followedAt().toString())));
    }

    /**
     * {@code userId} subscribes to {@code broadcasterId} at {@code tier} ({@code 1000}, {@code 2000}, {@code 3000}),
     * gifted by {@code gifterId} or bought when it is null; raises {@code channel.subscribe} for a new subscription.
     */
    public void subscribe(String userId, String broadcasterId, String tier, String gifterId) {
        requireUsers(userId, broadcasterId);
        if (gifterId != null) {
            requireUsers(gifterId);
        }
        if (world.subscribers().subscribe(new Subscribers.Sub(userId, broadcasterId, tier, gifterId))) {
            world.events().raise("channel.subscribe", Map.of("broadcaster_user_id", broadcasterId), Map.of(
                    "user_id", userId, "broadcaster_user_id", broadcasterId, "tier", tier,
                    "is_gift", gifterId != null));
        }
    }

    /** {@code userId} redeems a reward of {@code broadcasterId}'s channel; the redemption's id. */
    public String redeem(String userId, String broadcasterId, String rewardId, String userInput) {
        requireUsers(userId, broadcasterId);
        ChannelPoints.Reward reward = world.channelPoints().reward(broadcasterId, rewardId)
                .orElseThrow(() -> new IllegalArgumentException("no reward " + rewardId + " in channel "
                        + broadcasterId));
        ChannelPoints.Redemption r = world.channelPoints().redeem(reward, userId, userInput, world.now());
        world.events().raise("channel.channel_points_custom_reward_redemption.add",
                Map.of("broadcaster_user_id", broadcasterId), redemptionFields(r));
        return r.id();
    }

    /** Starts a charity campaign in the channel (replacing the active one); its id. */
    public String startCharity(String broadcasterId, String charityName, Long targetAmount) {
        requireUsers(broadcasterId);
        return world.charity().start(broadcasterId, charityName, targetAmount, world.now()).id();
    }

    /** {@code userId} donates {@code amount} cents to the channel's campaign; raises the donate notification. */
    public String donate(String userId, String broadcasterId, long amount) {
        requireUsers(userId, broadcasterId);
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, got " + amount);
        }
        Charity.Donation donation = world.charity().donate(broadcasterId, userId, amount)
                .orElseThrow(() -> new IllegalStateException("channel " + broadcasterId
                        + " has no active charity campaign"));
        Charity.Campaign campaign = world.charity().active(broadcasterId).orElseThrow();
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", donation.id());
        fields.put("campaign_id", campaign.id());
        fields.put("user_id", userId);
        putBroadcaster(fields, broadcasterId);
        fields.put("charity_name", campaign.charityName());
        fields.put("charity_description", campaign.charityDescription());
        fields.put("charity_logo", campaign.charityLogo());
        fields.put("charity_website", campaign.charityWebsite());
        fields.put("amount", Map.of("value", amount, "decimal_places", 2, "currency", Charity.CURRENCY));
        world.events().raise("channel.charity_campaign.donate", Map.of("broadcaster_user_id", broadcasterId),
                fields);
        return donation.id();
    }

    /** {@code userId} contributes to the channel's hype train, starting one when none runs. */
    public void contributeToHypeTrain(String userId, String broadcasterId, String type, int points) {
        requireUsers(userId, broadcasterId);
        if (!type.equals("bits") && !type.equals("subscription") && !type.equals("other")) {
            throw new IllegalArgumentException("type must be bits, subscription or other, got " + type);
        }
        if (points <= 0) {
            throw new IllegalArgumentException("points must be positive, got " + points);
        }
        world.hypeTrains().contribute(broadcasterId, userId, type, points, world.now());
    }

    /** The event fields of a redemption (ids, input, lower-case status, the reward as redeemed). */
    public static Map<String, Object> redemptionFields(ChannelPoints.Redemption r) {
        ChannelPoints.Settings s = r.reward().settings();
        return Map.of("id", r.id(), "broadcaster_user_id", r.broadcasterId(), "user_id", r.userId(),
                "user_input", r.userInput(), "status", r.status().toLowerCase(Locale.ROOT),
                "reward", Map.of("id", r.reward().id(), "title", s.title(), "cost", s.cost(), "prompt", s.prompt()),
                "redeemed_at", r.redeemedAt().toString());
    }

    private void putBroadcaster(Map<String, Object> fields, String broadcasterId) {
        fields.put("broadcaster_id", broadcasterId);
        world.user(broadcasterId).ifPresent(u -> {
            fields.put("broadcaster_login", u.login());
            fields.put("broadcaster_name", u.displayName());
        });
    }

    private void requireUsers(String... ids) {
        for (String id : ids) {
            if (world.user(id).isEmpty()) {
                throw new IllegalArgumentException("no such user: " + id);
            }
        }
    }
}
