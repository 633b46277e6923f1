package dev.twitchkit.mock.internal.helix.gueststar;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.world.GuestStar;
import dev.twitchkit.mock.internal.world.World;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Guest Star's objects as Helix writes them. */
final class GuestStarJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final World world;

    GuestStarJson(World world) {
        this.world = world;
    }

    JsonNode settings(GuestStar.Settings settings) {
        ObjectNode node = NODES.objectNode();
        node.put("is_moderator_send_live_enabled", settings.moderatorSendLive());
        node.put("slot_count", settings.slotCount());
        node.put("is_browser_source_audio_enabled", settings.browserSourceAudio());
        node.put("group_layout", settings.layout());
        node.put("browser_source_token", settings.browserSourceToken());
        return node;
    }

    JsonNode session(GuestStar.Session session) {
        ObjectNode node = NODES.objectNode();
        node.put("id", session.id());
        ArrayNode guests = node.putArray("guests");
        session.slots().values().forEach(slot -> guests.add(guest(slot)));
        return node;
    }

    JsonNode invite(GuestStar.Invite invite) {
        ObjectNode node = NODES.objectNode();
        node.put("user_id", invite.userId());
        node.put("invited_at", invite.invitedAt().toString());
        node.put("status", invite.status());
        node.put("is_video_enabled", invite.videoEnabled());
        node.put("is_audio_enabled", invite.audioEnabled());
        node.put("is_video_available", invite.videoAvailable());
        node.put("is_audio_available", invite.audioAvailable());
        return node;
    }

    private JsonNode guest(GuestStar.Slot slot) {
        Optional<AuthStore.User> user = world.user(slot.userId());
        ObjectNode node = NODES.objectNode();
        node.put("slot_id", slot.slotId());
        node.put("is_live", slot.live());
        node.put("user_id", slot.userId());
        node.put("user_display_name", user.map(AuthStore.User::displayName).orElse(null));
        node.put("user_login", user.map(AuthStore.User::login).orElse(null));
        node.put("volume", slot.volume());
        node.put("assigned_at", slot.assignedAt().toString());
        node.set("audio_settings", media(slot.audio()));
        node.set("video_settings", media(slot.video()));
        return node;
    }

    private static JsonNode media(GuestStar.Media media) {
        ObjectNode node = NODES.objectNode();
        node.put("is_available", media.available());
        node.put("is_host_enabled", media.hostEnabled());
        node.put("is_guest_enabled", media.guestEnabled());
        return node;
    }
}
