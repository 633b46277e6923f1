package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code channel.hype_train.begin/progress/end} notifications of a train, in both versions Twitch serves: the
 * shared fields, then version 1's ({@code last_contribution}, {@code is_golden_kappa_train}) or version 2's
 * ({@code type}, {@code is_shared_train}, {@code shared_train_participants}, the all-time high on begin). The mock's
 * trains are regular and never shared.
 */
final class HypeTrainEvents {
    private final World world;

    HypeTrainEvents(World world) {
        this.world = world;
    }

    /** A contribution started ({@code begin}) or moved ({@code progress}) the train. */
    void contributed(HypeTrains.Train train, boolean started, HypeTrains.Contribution last) {
        String type = started ? "channel.hype_train.begin" : "channel.hype_train.progress";
        Map<String, Object> common = common(train);
        common.put("progress", train.progress());
        common.put("goal", HypeTrains.POINTS_PER_LEVEL);
        common.put("expires_at", train.expiresAt().toString());
        Map<String, Object> v1 = new HashMap<>(common);
        v1.put("last_contribution", contribution(last));
        v1.put("is_golden_kappa_train", false);
        Map<String, Object> v2 = version2(common);
        if (started) {
            HypeTrains.Record high = world.hypeTrains().allTimeHigh(train.broadcasterId()).orElseThrow();
            v2.put("all_time_high_level", high.level());
            v2.put("all_time_high_total", high.total());
        }
        raise(type, train, v1, v2);
    }

    /** The train ran out at its expiry. */
    void ended(HypeTrains.Train train) {
        Map<String, Object> common = common(train);
        Instant end = train.expiresAt();
        common.put("ended_at", end.toString());
        common.put("cooldown_ends_at", end.plus(HypeTrains.COOLDOWN).toString());
        Map<String, Object> v1 = new HashMap<>(common);
        v1.put("is_golden_kappa_train", false);
        raise("channel.hype_train.end", train, v1, version2(common));
    }

    private void raise(String type, HypeTrains.Train train, Map<String, Object> v1, Map<String, Object> v2) {
        Map<String, String> condition = Map.of("broadcaster_user_id", train.broadcasterId());
        world.events().raise(type, "1", condition, v1);
        world.events().raise(type, "2", condition, v2);
    }

    private Map<String, Object> common(HypeTrains.Train train) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", train.id());
        fields.put("broadcaster_user_id", train.broadcasterId());
        fields.put("level", train.level());
        fields.put("total", train.total());
        fields.put("top_contributions", train.top().stream().map(this::contribution).toList());
        fields.put("started_at", train.startedAt().toString());
        return fields;
    }

    private static Map<String, Object> version2(Map<String, Object> common) {
        Map<String, Object> v2 = new HashMap<>(common);
        v2.put("type", "regular");
        v2.put("is_shared_train", false);
        v2.put("shared_train_participants", null);
        return v2;
    }

    private Map<String, Object> contribution(HypeTrains.Contribution c) {
        Map<String, Object> node = new HashMap<>();
        node.put("user_id", c.userId());
        node.put("user_login", world.user(c.userId()).map(u -> u.login()).orElse(""));
        node.put("user_name", world.user(c.userId()).map(u -> u.displayName()).orElse(""));
        node.put("type", c.type());
        node.put("total", c.total());
        return node;
    }
}
