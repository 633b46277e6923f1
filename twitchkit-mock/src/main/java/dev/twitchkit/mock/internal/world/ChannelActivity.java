package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What happens in a channel that Helix cannot do: viewers follow, subscribe, redeem a reward, donate to a charity
 * campaign, contribute to a hype train; the broadcaster starts a charity campaign or a goal. Each is recorded in its
 * store and raises the notifications Twitch raises ({@code channel.follow}, {@code channel.subscribe},
 * {@code channel.channel_points_custom_reward_redemption.add}, {@code channel.charity_campaign.start/donate/progress},
 * {@code channel.goal.begin}, and {@code channel.goal.progress} for the goals a follow or subscription moves,
 * {@code channel.hype_train.begin/progress}, and {@code .end} when a train runs out on the mock clock), so tests and
 * the control API seed a world that Helix reads back.
 */
public final class ChannelActivity {
    private final World world;
    private final HypeTrainEvents hypeTrainEvents;

    ChannelActivity(World world) {
        this.world = world;
        this.hypeTrainEvents = new HypeTrainEvents(world);
    }

    /** The mock clock moved to {@code now}: hype trains that ran out end (raising {@code channel.hype_train.end}). */
    void clockAdvanced(Instant now) {
        world.hypeTrains().ended(now).forEach(hypeTrainEvents::ended);
    }

    /** {@code userId} follows {@code broadcasterId} (nothing happens when they already do). */
    public void follow(String userId, String broadcasterId) {
        requireUsers(userId, broadcasterId);
        world.follows().follow(userId, broadcasterId, world.now()).ifPresent(f ->
                world.events().raise("channel.follow", Map.of("broadcaster_user_id", broadcasterId), Map.of(
                        "user_id", userId, "broadcaster_user_id", broadcasterId,
                        "followed_at", f.followedAt().toString())));
        goalProgress(broadcasterId, "follower");
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
            goalProgress(broadcasterId, "subscription");
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
        if (charityName == null || charityName.isBlank()) {
            throw new IllegalArgumentException("charityName must not be blank");
        }
        if (targetAmount != null && targetAmount <= 0) {
            throw new IllegalArgumentException("targetAmount must be positive, got " + targetAmount);
        }
        Charity.Campaign campaign = world.charity().start(broadcasterId, charityName, targetAmount, world.now());
        Map<String, Object> fields = campaignFields(campaign);
        fields.put("started_at", campaign.startedAt().toString());
        world.events().raise("channel.charity_campaign.start", Map.of("broadcaster_user_id", broadcasterId),
                fields);
        return campaign.id();
    }

    /** The broadcaster starts a creator goal (raises {@code channel.goal.begin}); its id. */
    public String createGoal(String broadcasterId, String type, String description, int targetAmount) {
        requireUsers(broadcasterId);
        if (targetAmount <= 0) {
            throw new IllegalArgumentException("targetAmount must be positive, got " + targetAmount);
        }
        Goals.Goal goal = world.goals().create(broadcasterId, type, description == null ? "" : description,
                targetAmount, world.now());
        raiseGoal("channel.goal.begin", goal);
        return goal.id();
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
        Map<String, Object> fields = campaignFields(campaign);
        fields.put("id", donation.id());
        fields.put("campaign_id", campaign.id());
        fields.put("user_id", userId);
        fields.put("amount", amount(amount));
        fields.remove("current_amount");
        fields.remove("target_amount");
        Map<String, String> condition = Map.of("broadcaster_user_id", broadcasterId);
        world.events().raise("channel.charity_campaign.donate", condition, fields);
        world.events().raise("channel.charity_campaign.progress", condition, campaignFields(campaign));
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
        HypeTrains.Train train = world.hypeTrains().contribute(broadcasterId, userId, type, points, world.now());
        boolean started = train.total() == points;
        hypeTrainEvents.contributed(train, started, new HypeTrains.Contribution(userId, type, points));
    }

    /** The event fields of a redemption (ids, input, lower-case status, the reward as redeemed). */
    public static Map<String, Object> redemptionFields(ChannelPoints.Redemption r) {
        ChannelPoints.Settings s = r.reward().settings();
        return Map.of("id", r.id(), "broadcaster_user_id", r.broadcasterId(), "user_id", r.userId(),
                "user_input", r.userInput(), "status", r.status().toLowerCase(Locale.ROOT),
                "reward", Map.of("id", r.reward().id(), "title", s.title(), "cost", s.cost(), "prompt", s.prompt()),
                "redeemed_at", r.redeemedAt().toString());
    }

    /** The fields the charity events share: the campaign, its broadcaster, its amounts. */
    private Map<String, Object> campaignFields(Charity.Campaign campaign) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", campaign.id());
        putBroadcaster(fields, campaign.broadcasterId());
        fields.put("charity_name", campaign.charityName());
        fields.put("charity_description", campaign.charityDescription());
        fields.put("charity_logo", campaign.charityLogo());
        fields.put("charity_website", campaign.charityWebsite());
        fields.put("current_amount", amount(campaign.currentAmount()));
        fields.put("target_amount", campaign.targetAmount() == null ? null : amount(campaign.targetAmount()));
        return fields;
    }

    private static Map<String, Object> amount(long cents) {
        return Map.of("value", cents, "decimal_places", 2, "currency", Charity.CURRENCY);
    }

    /**
     * Raises {@code channel.goal.progress} for the channel's goals a follow ({@code follower}) or a subscription
     * ({@code subscription...}) moves.
     */
    private void goalProgress(String broadcasterId, String typePrefix) {
        world.goals().of(broadcasterId).stream()
                .filter(g -> g.type().startsWith(typePrefix))
                .forEach(g -> raiseGoal("channel.goal.progress", g));
    }

    private void raiseGoal(String type, Goals.Goal goal) {
        world.events().raise(type, Map.of("broadcaster_user_id", goal.broadcasterId()), Map.of(
                "id", goal.id(), "broadcaster_user_id", goal.broadcasterId(), "type", Goals.eventType(goal),
                "description", goal.description(), "current_amount", world.goals().currentAmount(goal),
                "target_amount", goal.targetAmount(), "started_at", goal.createdAt().toString()));
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
