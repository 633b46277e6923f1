package dev.twitchkit.mock.internal.helix.gueststar;

import dev.twitchkit.mock.internal.eventsub.Ids;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.GuestStar;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Guest Star's channel settings and sessions (the invites and slots are {@link GuestStarGuestRoutes}). The settings
 * are taken from the query, as in Twitch's examples, or from a JSON body, as its schema has them.
 */
public final class GuestStarRoutes {
    private final World world;
    private final GuestStarJson json;
    private final GuestStarEvents events;

    public GuestStarRoutes(World world) {
        this.world = world;
        this.json = new GuestStarJson(world);
        this.events = new GuestStarEvents(world);
    }

    public void mount(Router router) {
        router.helix("GET", "/guest_star/channel_settings", this::getSettings);
        router.helix("PUT", "/guest_star/channel_settings", this::updateSettings);
        router.helix("GET", "/guest_star/session", this::getSession);
        router.helix("POST", "/guest_star/session", this::createSession);
        router.helix("DELETE", "/guest_star/session", this::endSession);
        new GuestStarGuestRoutes(world, json, events).mount(router);
    }

    HttpReply getSettings(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = GuestStarCaller.channel(request, world);
        GuestStarCaller.moderator(request, world, broadcasterId, false);
        return HttpReply.ok(HelixRequest.data(List.of(world.guestStar().settings(broadcasterId)), json::settings));
    }

    HttpReply updateSettings(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = GuestStarCaller.broadcaster(request, world);
        JsonNode body = exchange.body().isBlank() ? JsonNodeFactory.instance.objectNode() : request.body();
        Boolean sendLive = bool(request, body, "is_moderator_send_live_enabled");
        Integer slots = slotCount(request, body);
        Boolean audio = bool(request, body, "is_browser_source_audio_enabled");
        String layout = request.optionalQuery("group_layout")
                .orElseGet(() -> HelixRequest.optionalText(body, "group_layout"));
        if (layout != null && !GuestStar.LAYOUTS.contains(layout)) {
            throw TwitchHttpError.badRequest("Invalid group_layout");
        }
        boolean regenerate = Boolean.TRUE.equals(bool(request, body, "regenerate_browser_sources"));
        GuestStar.Settings before = world.guestStar().settings(broadcasterId);
        GuestStar.Settings after = world.guestStar().updateSettings(broadcasterId, old -> new GuestStar.Settings(
                sendLive == null ? old.moderatorSendLive() : sendLive, slots == null ? old.slotCount() : slots,
                audio == null ? old.browserSourceAudio() : audio, layout == null ? old.layout() : layout,
                regenerate ? Ids.alnum(22) : old.browserSourceToken()));
        if (!sameEventFields(before, after)) {
            events.settingsUpdated(broadcasterId, after);
        }
        return HttpReply.noContent();
    }

    HttpReply getSession(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = GuestStarCaller.channel(request, world);
        GuestStarCaller.moderator(request, world, broadcasterId, false);
        return HttpReply.ok(HelixRequest.data(world.guestStar().active(broadcasterId).stream().toList(),
                json::session));
    }

    HttpReply createSession(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = GuestStarCaller.broadcaster(request, world);
        GuestStar.Session session = world.guestStar().create(broadcasterId, world.now());
        events.sessionBegan(session);
        return HttpReply.ok(HelixRequest.data(List.of(session), json::session));
    }

    HttpReply endSession(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = GuestStarCaller.broadcaster(request, world);
        Instant now = world.now();
        GuestStar.Session session = world.guestStar().end(broadcasterId, request.query("session_id"));
        events.sessionEnded(session, now);
        return HttpReply.ok(HelixRequest.data(List.of(session), json::session));
    }

    private static Boolean bool(HelixRequest request, JsonNode body, String name) {
        if (request.optionalQuery(name).isPresent()) {
            return request.boolQuery(name, false);
        }
        return HelixRequest.optionalBool(body, name);
    }

    private static Integer slotCount(HelixRequest request, JsonNode body) {
        try {
            if (request.optionalQuery("slot_count").isPresent()) {
                return request.intQuery("slot_count", 0, 1, GuestStar.MAX_SLOTS);
            }
            return HelixRequest.optionalInt(body, "slot_count", 1, GuestStar.MAX_SLOTS);
        } catch (TwitchHttpError e) {
            throw TwitchHttpError.badRequest("Invalid slot_count: it must be between 1 and " + GuestStar.MAX_SLOTS);
        }
    }

    private static boolean sameEventFields(GuestStar.Settings a, GuestStar.Settings b) {
        return a.moderatorSendLive() == b.moderatorSendLive() && a.slotCount() == b.slotCount()
                && a.browserSourceAudio() == b.browserSourceAudio() && a.layout().equals(b.layout());
    }
}
