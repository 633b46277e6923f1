package dev.twitchkit.mock.internal.helix.gueststar;

import dev.twitchkit.mock.internal.world.GuestStar;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code channel.guest_star_*} beta notifications Guest Star writes raise, to every moderator subscribed in the
 * channel. The moderator fields name who acted, null when the host did, as Twitch documents.
 */
public final class GuestStarEvents {
    private static final Map<String, String> EVENT_LAYOUTS = Map.of("TILED_LAYOUT", "tiled",
            "SCREENSHARE_LAYOUT", "screenshare", "HORIZONTAL_LAYOUT", "horizontal_top",
            "VERTICAL_LAYOUT", "vertical_left");
    private final World world;

    public GuestStarEvents(World world) {
        this.world = world;
    }

    /** {@code channel.guest_star_session.begin}: the host started a session. */
    public void sessionBegan(GuestStar.Session session) {
        Map<String, Object> fields = actor(session.broadcasterId(), session.broadcasterId());
        fields.put("session_id", session.id());
        fields.put("started_at", session.startedAt().toString());
        raise("channel.guest_star_session.begin", session.broadcasterId(), fields);
    }

    /** {@code channel.guest_star_session.end}: the host ended the session. */
    public void sessionEnded(GuestStar.Session session, Instant endedAt) {
        Map<String, Object> fields = actor(session.broadcasterId(), session.broadcasterId());
        fields.put("session_id", session.id());
        fields.put("started_at", session.startedAt().toString());
        fields.put("ended_at", endedAt.toString());
        fields.put("host_user_id", session.broadcasterId());
        raise("channel.guest_star_session.end", session.broadcasterId(), fields);
    }

    /**
     * {@code channel.guest_star_guest.update}: a guest's state changed.
     *
     * @param slot the guest's slot, or null when the guest is not (or no longer) in one
     * @param state {@code invited}, {@code ready}, {@code backstage}, {@code live} or {@code removed}
     */
    public void guestUpdated(GuestStar.Session session, String actorId, String guestId, GuestStar.Slot slot,
                             String state) {
        Map<String, Object> fields = actor(session.broadcasterId(), actorId);
        fields.put("session_id", session.id());
        fields.put("guest_user_id", guestId);
        fields.put("slot_id", slot == null ? null : slot.slotId());
        fields.put("state", state);
        fields.put("host_user_id", session.broadcasterId());
        fields.put("host_video_enabled", slot == null ? null : slot.video().hostEnabled());
        fields.put("host_audio_enabled", slot == null ? null : slot.audio().hostEnabled());
        fields.put("host_volume", slot == null ? null : slot.volume());
        raise("channel.guest_star_guest.update", session.broadcasterId(), fields);
    }

    /** {@code channel.guest_star_settings.update}: the host changed the channel's settings. */
    public void settingsUpdated(String broadcasterId, GuestStar.Settings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("is_moderator_send_live_enabled", settings.moderatorSendLive());
        fields.put("slot_count", settings.slotCount());
        fields.put("is_browser_source_audio_enabled", settings.browserSourceAudio());
        fields.put("group_layout", EVENT_LAYOUTS.getOrDefault(settings.layout(), settings.layout()));
        raise("channel.guest_star_settings.update", broadcasterId, fields);
    }

    /** A guest state for a slot: live or backstage. */
    static String stateOf(GuestStar.Slot slot) {
        return slot.live() ? "live" : "backstage";
    }

    private static Map<String, Object> actor(String broadcasterId, String actorId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean host = broadcasterId.equals(actorId);
        fields.put("moderator_user_id", host ? null : actorId);
        if (host) {
            fields.put("moderator_user_login", null);
            fields.put("moderator_user_name", null);
        }
        return fields;
    }

    private void raise(String type, String broadcasterId, Map<String, Object> fields) {
        world.events().raise(type, Map.of("broadcaster_user_id", broadcasterId), fields);
    }
}
