package dev.twitchkit.mock.internal.helix.gueststar;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.GuestStar;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;

/**
 * Guest Star's invites and slots, for the broadcaster or a moderator of the channel: each write raises
 * {@code channel.guest_star_guest.update} with the guest's new state.
 */
final class GuestStarGuestRoutes {
    private final World world;
    private final GuestStarJson json;
    private final GuestStarEvents events;

    GuestStarGuestRoutes(World world, GuestStarJson json, GuestStarEvents events) {
        this.world = world;
        this.json = json;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("GET", "/guest_star/invites", this::getInvites);
        router.helix("POST", "/guest_star/invites", this::sendInvite);
        router.helix("DELETE", "/guest_star/invites", this::deleteInvite);
        router.helix("POST", "/guest_star/slot", this::assignSlot);
        router.helix("PATCH", "/guest_star/slot", this::updateSlot);
        router.helix("DELETE", "/guest_star/slot", this::deleteSlot);
        router.helix("PATCH", "/guest_star/slot_settings", this::updateSlotSettings);
    }

    /** The caller, checked, and the channel's session named by {@code session_id}. */
    private record Call(HelixRequest request, String broadcasterId, String moderatorId, GuestStar.Session session) {
    }

    private Call call(HttpExchange exchange, boolean manage) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = GuestStarCaller.channel(request, world);
        String moderatorId = GuestStarCaller.moderator(request, world, broadcasterId, manage);
        GuestStar.Session session = world.guestStar().require(broadcasterId, request.query("session_id"));
        return new Call(request, broadcasterId, moderatorId, session);
    }

    HttpReply getInvites(HttpExchange exchange) {
        Call call = call(exchange, false);
        return HttpReply.ok(HelixRequest.data(List.copyOf(call.session().invites().values()), json::invite));
    }

    HttpReply sendInvite(HttpExchange exchange) {
        Call call = call(exchange, true);
        String guestId = call.request().query("guest_id");
        world.requireUser(guestId, "guest_id");
        world.guestStar().invite(call.broadcasterId(), call.session().id(), guestId, world.now());
        events.guestUpdated(call.session(), call.moderatorId(), guestId, null, "invited");
        return HttpReply.noContent();
    }

    HttpReply deleteInvite(HttpExchange exchange) {
        Call call = call(exchange, true);
        String guestId = call.request().query("guest_id");
        world.guestStar().uninvite(call.broadcasterId(), call.session().id(), guestId);
        events.guestUpdated(call.session(), call.moderatorId(), guestId, null, "removed");
        return HttpReply.noContent();
    }

    HttpReply assignSlot(HttpExchange exchange) {
        Call call = call(exchange, true);
        String guestId = call.request().query("guest_id");
        String slotId = slotId(call.request(), "slot_id");
        GuestStar.Slot slot = world.guestStar().assign(call.broadcasterId(), call.session().id(), guestId, slotId,
                world.now());
        events.guestUpdated(call.session(), call.moderatorId(), guestId, slot, GuestStarEvents.stateOf(slot));
        return HttpReply.noContent();
    }

    HttpReply updateSlot(HttpExchange exchange) {
        Call call = call(exchange, true);
        String source = slotId(call.request(), "source_slot_id");
        // Twitch marks the destination optional; without one nothing moves.
        if (call.request().optionalQuery("destination_slot_id").isEmpty()) {
            return HttpReply.noContent();
        }
        String destination = call.request().query("destination_slot_id");
        for (GuestStar.Slot moved : world.guestStar().move(call.broadcasterId(), call.session().id(), source,
                destination)) {
            events.guestUpdated(call.session(), call.moderatorId(), moved.userId(), moved,
                    GuestStarEvents.stateOf(moved));
        }
        return HttpReply.noContent();
    }

    HttpReply deleteSlot(HttpExchange exchange) {
        Call call = call(exchange, true);
        String guestId = call.request().query("guest_id");
        String slotId = slotId(call.request(), "slot_id");
        boolean reinvite = call.request().boolQuery("should_reinvite_guest", false);
        world.guestStar().remove(call.broadcasterId(), call.session().id(), guestId, slotId, reinvite, world.now());
        events.guestUpdated(call.session(), call.moderatorId(), guestId, null, "removed");
        if (reinvite) {
            events.guestUpdated(call.session(), call.moderatorId(), guestId, null, "invited");
        }
        return HttpReply.noContent();
    }

    HttpReply updateSlotSettings(HttpExchange exchange) {
        Call call = call(exchange, true);
        HelixRequest request = call.request();
        String slotId = slotId(request, "slot_id");
        Boolean audio = optionalBool(request, "is_audio_enabled");
        Boolean video = optionalBool(request, "is_video_enabled");
        Boolean live = optionalBool(request, "is_live");
        Integer volume = request.optionalQuery("volume").isPresent() ? request.intQuery("volume", 0, 0, 100) : null;
        if (GuestStar.HOST_SLOT.equals(slotId) && live != null) {
            throw TwitchHttpError.forbidden("The request is attempting to modify a restricted slot");
        }
        if (live != null && !call.moderatorId().equals(call.broadcasterId())
                && !world.guestStar().settings(call.broadcasterId()).moderatorSendLive()) {
            throw TwitchHttpError.forbidden("moderator_id may not change is_live: the channel's "
                    + "is_moderator_send_live_enabled is off");
        }
        GuestStar.Slot slot = world.guestStar().updateSlot(call.broadcasterId(), call.session().id(), slotId, audio,
                video, live, volume);
        events.guestUpdated(call.session(), call.moderatorId(), slot.userId(), slot, GuestStarEvents.stateOf(slot));
        return HttpReply.noContent();
    }

    private static String slotId(HelixRequest request, String name) {
        try {
            return request.query(name);
        } catch (TwitchHttpError e) {
            throw TwitchHttpError.badRequest("Missing or invalid " + name);
        }
    }

    private static Boolean optionalBool(HelixRequest request, String name) {
        return request.optionalQuery(name).isPresent() ? request.boolQuery(name, false) : null;
    }
}
