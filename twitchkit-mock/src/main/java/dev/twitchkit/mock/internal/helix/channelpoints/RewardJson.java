package dev.twitchkit.mock.internal.helix.channelpoints;

import dev.twitchkit.mock.internal.world.ChannelPoints.Redemption;
import dev.twitchkit.mock.internal.world.ChannelPoints.Reward;
import dev.twitchkit.mock.internal.world.ChannelPoints.Settings;
import dev.twitchkit.mock.internal.world.World;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Rewards and redemptions as Helix answers them, and as the EventSub reward events carry them. */
final class RewardJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEFAULT_IMAGE = "https://static-cdn.jtvnw.net/custom-reward-images/default-";
    private final World world;

    RewardJson(World world) {
        this.world = world;
    }

    /** Helix's custom reward object. */
    ObjectNode helix(Reward reward) {
        Settings s = reward.settings();
        ObjectNode node = NODES.objectNode();
        world.putUser(node, "broadcaster", reward.broadcasterId());
        node.put("id", reward.id());
        node.put("title", s.title());
        node.put("prompt", s.prompt());
        node.put("cost", s.cost());
        node.putNull("image");
        node.set("default_image", defaultImage());
        node.put("background_color", s.backgroundColor());
        node.put("is_enabled", s.enabled());
        node.put("is_user_input_required", s.userInputRequired());
        ObjectNode perStream = node.putObject("max_per_stream_setting");
        perStream.put("is_enabled", s.maxPerStreamEnabled());
        perStream.put("max_per_stream", s.maxPerStream());
        ObjectNode perUser = node.putObject("max_per_user_per_stream_setting");
        perUser.put("is_enabled", s.maxPerUserPerStreamEnabled());
        perUser.put("max_per_user_per_stream", s.maxPerUserPerStream());
        ObjectNode cooldown = node.putObject("global_cooldown_setting");
        cooldown.put("is_enabled", s.globalCooldownEnabled());
        cooldown.put("global_cooldown_seconds", s.globalCooldownSeconds());
        node.put("is_paused", s.paused());
        node.put("is_in_stock", true);
        node.put("should_redemptions_skip_request_queue", s.skipRequestQueue());
        node.putNull("redemptions_redeemed_current_stream");
        node.putNull("cooldown_expires_at");
        return node;
    }

    /** Helix's redemption object (status upper case, as Helix writes it). */
    ObjectNode helix(Redemption r) {
        ObjectNode node = NODES.objectNode();
        world.putUser(node, "broadcaster", r.broadcasterId());
        node.put("id", r.id());
        world.putUser(node, "user", r.userId());
        node.put("user_input", r.userInput());
        node.put("status", r.status());
        node.put("redeemed_at", r.redeemedAt().toString());
        ObjectNode reward = node.putObject("reward");
        reward.put("id", r.reward().id());
        reward.put("title", r.reward().settings().title());
        reward.put("prompt", r.reward().settings().prompt());
        reward.put("cost", r.reward().settings().cost());
        return node;
    }

    /** The event fields of {@code channel.channel_points_custom_reward.add/update/remove}. */
    static Map<String, Object> event(Reward reward) {
        Settings s = reward.settings();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", reward.id());
        fields.put("broadcaster_user_id", reward.broadcasterId());
        fields.put("is_enabled", s.enabled());
        fields.put("is_paused", s.paused());
        fields.put("is_in_stock", true);
        fields.put("title", s.title());
        fields.put("cost", s.cost());
        fields.put("prompt", s.prompt());
        fields.put("is_user_input_required", s.userInputRequired());
        fields.put("should_redemptions_skip_request_queue", s.skipRequestQueue());
        fields.put("cooldown_expires_at", null);
        fields.put("redemptions_redeemed_current_stream", null);
        fields.put("max_per_stream", Map.of("is_enabled", s.maxPerStreamEnabled(), "value", s.maxPerStream()));
        fields.put("max_per_user_per_stream", Map.of("is_enabled", s.maxPerUserPerStreamEnabled(),
                "value", s.maxPerUserPerStream()));
        fields.put("global_cooldown", Map.of("is_enabled", s.globalCooldownEnabled(),
                "seconds", s.globalCooldownSeconds()));
        fields.put("background_color", s.backgroundColor());
        fields.put("image", null);
        fields.put("default_image", Map.of("url_1x", DEFAULT_IMAGE + "1.png", "url_2x", DEFAULT_IMAGE + "2.png",
                "url_4x", DEFAULT_IMAGE + "4.png"));
        return fields;
    }

    private static ObjectNode defaultImage() {
        ObjectNode image = NODES.objectNode();
        image.put("url_1x", DEFAULT_IMAGE + "1.png");
        image.put("url_2x", DEFAULT_IMAGE + "2.png");
        image.put("url_4x", DEFAULT_IMAGE + "4.png");
        return image;
    }
}
