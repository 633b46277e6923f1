package dev.twitchkit.mock.internal.helix.ads;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Ads;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ads: start a commercial (raising {@code channel.ad_break.begin}), read the ad schedule, snooze the next ad. The
 * schedule's times are Unix epoch seconds, 0 for none, as Twitch's production API answers (its reference says
 * RFC 3339; twitchdev/issues #857).
 */
public final class AdsRoutes {
    private final World world;

    public AdsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the three Ads routes. */
    public void mount(Router router) {
        router.helix("POST", "/channels/commercial", this::startCommercial);
        router.helix("GET", "/channels/ads", this::getSchedule);
        router.helix("POST", "/channels/ads/schedule/snooze", this::snooze);
    }

    private HttpReply startCommercial(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:edit:commercial");
        JsonNode body = request.body();
        String broadcasterId = HelixRequest.text(body, "broadcaster_id");
        int length = HelixRequest.requiredInt(body, "length", 1, Integer.MAX_VALUE);
        if (!broadcasterId.equals(request.token().userId())) {
            throw TwitchHttpError.unauthorized("The ID in broadcaster_id must match the user ID found in the "
                    + "request's OAuth token.");
        }
        if (world.user(broadcasterId).isEmpty()) {
            throw TwitchHttpError.notFound("The ID in broadcaster_id was not found.");
        }
        Instant now = world.now();
        Ads.Commercial commercial = world.ads().start(broadcasterId, length, now);
        world.events().raise("channel.ad_break.begin", Map.of("broadcaster_user_id", broadcasterId), Map.of(
                "broadcaster_user_id", broadcasterId, "requester_user_id", broadcasterId,
                "duration_seconds", commercial.length(), "started_at", now.toString(), "is_automatic", false));
        return HttpReply.ok(HelixRequest.data(List.of(commercial), c -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("length", c.length());
            node.put("message", "");
            node.put("retry_after", c.retryAfterSeconds());
            return node;
        }));
    }

    private HttpReply getSchedule(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:read:ads");
        String broadcasterId = request.tokenUser("broadcaster_id");
        Ads.Schedule s = world.ads().schedule(broadcasterId, world.now());
        return HttpReply.ok(HelixRequest.data(List.of(s), schedule -> {
            ObjectNode node = snoozes(schedule);
            node.put("last_ad_at", epoch(schedule.lastAdAt()));
            node.put("duration", schedule.duration());
            node.put("preroll_free_time", schedule.prerollFreeSeconds());
            return node;
        }));
    }

    private HttpReply snooze(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:ads");
        String broadcasterId = request.tokenUser("broadcaster_id");
        Ads.Schedule s = world.ads().snooze(broadcasterId, world.now());
        return HttpReply.ok(HelixRequest.data(List.of(s), AdsRoutes::snoozes));
    }

    /** What Snooze Next Ad answers, and the part of the schedule it changes. */
    private static ObjectNode snoozes(Ads.Schedule schedule) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("snooze_count", schedule.snoozeCount());
        node.put("snooze_refresh_at", epoch(schedule.snoozeRefreshAt()));
        node.put("next_ad_at", epoch(schedule.nextAdAt()));
        return node;
    }

    private static long epoch(Instant time) {
        return time == null ? 0 : time.getEpochSecond();
    }
}
