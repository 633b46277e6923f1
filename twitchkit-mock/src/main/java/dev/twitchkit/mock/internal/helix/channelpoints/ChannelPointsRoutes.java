package dev.twitchkit.mock.internal.helix.channelpoints;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ChannelPoints;
import dev.twitchkit.mock.internal.world.ChannelPoints.Redemption;
import dev.twitchkit.mock.internal.world.ChannelPoints.Reward;
import dev.twitchkit.mock.internal.world.ChannelActivity;
import dev.twitchkit.mock.internal.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Channel Points: custom rewards (create, read, update, delete, each write raising its
 * {@code channel.channel_points_custom_reward.*} event) and their redemptions (read, and the FULFILLED/CANCELED
 * update of UNFULFILLED ones raising {@code channel.channel_points_custom_reward_redemption.update}). As at Twitch:
 * the broadcaster must be a partner or affiliate (403), and only the client that created a reward may change it or
 * its redemptions (403).
 */
public final class ChannelPointsRoutes {
    static final int MAX_IDS = 50;
    static final int MAX_PAGE = 50;
    private static final String MANAGE = "channel:manage:redemptions";
    private static final String READ = "channel:read:redemptions";
    private static final Set<String> STATUSES = Set.of("CANCELED", "FULFILLED", "UNFULFILLED");
    private static final PageCursor REDEMPTIONS = new PageCursor("redemptions");
    private final World world;
    private final RewardJson json;

    public ChannelPointsRoutes(World world) {
        this.world = world;
        this.json = new RewardJson(world);
    }

    /** Mounts the six Channel Points routes. */
    public void mount(Router router) {
        router.helix("POST", "/channel_points/custom_rewards", this::create);
        router.helix("DELETE", "/channel_points/custom_rewards", this::delete);
        router.helix("GET", "/channel_points/custom_rewards", this::get);
        router.helix("PATCH", "/channel_points/custom_rewards", this::update);
        router.helix("GET", "/channel_points/custom_rewards/redemptions", this::getRedemptions);
        router.helix("PATCH", "/channel_points/custom_rewards/redemptions", this::updateRedemptions);
    }

    private HttpReply create(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = broadcaster(request);
        ChannelPoints.Settings settings = RewardBody.apply(RewardBody.DEFAULTS, request.body(), true);
        Reward reward = world.channelPoints().create(broadcasterId, request.token().clientId(), settings);
        raise("channel.channel_points_custom_reward.add", reward);
        return HttpReply.ok(HelixRequest.data(List.of(reward), json::helix));
    }

    private HttpReply delete(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        Reward reward = manageable(request, broadcaster(request), request.query("id"));
        world.channelPoints().delete(reward);
        raise("channel.channel_points_custom_reward.remove", reward);
        return HttpReply.noContent();
    }

    private HttpReply get(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(READ, MANAGE);
        String broadcasterId = broadcaster(request);
        List<String> ids = request.queryAll("id", MAX_IDS);
        boolean onlyManageable = request.boolQuery("only_manageable_rewards", false);
        List<Reward> rewards = world.channelPoints().rewards(broadcasterId).stream()
                .filter(r -> ids.isEmpty() || ids.contains(r.id()))
                .filter(r -> !onlyManageable || r.clientId().equals(request.token().clientId())).toList();
        if (!ids.isEmpty() && rewards.isEmpty()) {
            throw TwitchHttpError.notFound("All of the custom rewards specified using the id query parameter "
                    + "were not found.");
        }
        return HttpReply.ok(HelixRequest.data(rewards, json::helix));
    }

    private HttpReply update(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        Reward reward = manageable(request, broadcaster(request), request.query("id"));
        ChannelPoints.Settings settings = RewardBody.apply(reward.settings(), request.body(), false);
        Reward updated = world.channelPoints().update(reward, settings);
        raise("channel.channel_points_custom_reward.update", updated);
        return HttpReply.ok(HelixRequest.data(List.of(updated), json::helix));
    }

    private HttpReply getRedemptions(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(READ, MANAGE);
        String broadcasterId = broadcaster(request);
        String rewardId = request.query("reward_id");
        List<String> ids = request.queryAll("id", MAX_IDS);
        Optional<String> status = request.optionalQuery("status");
        if (ids.isEmpty() && status.isEmpty()) {
            throw TwitchHttpError.badRequest("The status query parameter is required if you didn't specify the id "
                    + "query parameter.");
        }
        status.filter(s -> !STATUSES.contains(s)).ifPresent(s -> {
            throw TwitchHttpError.badRequest("The value in the status query parameter is not valid.");
        });
        String sort = request.optionalQuery("sort").orElse("OLDEST");
        if (!sort.equals("OLDEST") && !sort.equals("NEWEST")) {
            throw TwitchHttpError.badRequest("The value in the sort query parameter is not valid.");
        }
        manageable(request, broadcasterId, rewardId);
        List<Redemption> redemptions = new ArrayList<>(world.channelPoints().redemptions(rewardId).stream()
                .filter(r -> ids.isEmpty() || ids.contains(r.id()))
                .filter(r -> status.map(r.status()::equals).orElse(true)).toList());
        if (!ids.isEmpty() && redemptions.isEmpty()) {
            throw TwitchHttpError.notFound("All of the redemptions specified using the id query parameter were not "
                    + "found.");
        }
        Comparator<Redemption> order = Comparator.comparing(Redemption::redeemedAt);
        redemptions.sort(sort.equals("NEWEST") ? order.reversed() : order);
        return HttpReply.ok(request.page(redemptions, REDEMPTIONS, 20, MAX_PAGE, json::helix));
    }

    private HttpReply updateRedemptions(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = broadcaster(request);
        String rewardId = request.query("reward_id");
        request.query("id");
        List<String> ids = request.queryAll("id", MAX_IDS);
        String status = HelixRequest.text(request.body(), "status");
        if (!status.equals("FULFILLED") && !status.equals("CANCELED")) {
            throw TwitchHttpError.badRequest("The value in the status field is not valid: FULFILLED or CANCELED");
        }
        manageable(request, broadcasterId, rewardId);
        List<Redemption> updated = world.channelPoints().resolve(rewardId, ids, status);
        if (updated.isEmpty()) {
            throw TwitchHttpError.notFound("The redemptions specified using the id query parameter were not found "
                    + "or their statuses weren't marked as UNFULFILLED.");
        }
        updated.forEach(r -> world.events().raise("channel.channel_points_custom_reward_redemption.update",
                Map.of("broadcaster_user_id", broadcasterId), ChannelActivity.redemptionFields(r)));
        return HttpReply.ok(HelixRequest.data(updated, json::helix));
    }

    /** The broadcaster: the token's user, a partner or affiliate. */
    private String broadcaster(HelixRequest request) {
        String broadcasterId = request.tokenUser("broadcaster_id");
        if (!world.channels().isMonetized(broadcasterId)) {
            throw TwitchHttpError.forbidden("The broadcaster is not a partner or affiliate.");
        }
        return broadcasterId;
    }

    /** The reward, if it exists (404) and this client created it (403). */
    private Reward manageable(HelixRequest request, String broadcasterId, String rewardId) {
        Reward reward = world.channelPoints().reward(broadcasterId, rewardId).orElseThrow(() ->
                TwitchHttpError.notFound("The custom reward specified in the id query parameter was not found."));
        AuthStore.Token token = request.token();
        if (!reward.clientId().equals(token.clientId())) {
            throw TwitchHttpError.forbidden("The ID in the Client-Id header must match the client ID used to "
                    + "create the custom reward.");
        }
        return reward;
    }

    private void raise(String type, Reward reward) {
        world.events().raise(type, Map.of("broadcaster_user_id", reward.broadcasterId()), RewardJson.event(reward));
    }
}
