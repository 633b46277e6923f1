package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.Ids;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Guest Star: each channel's settings and its one active session, with the session's invites and slots, under
 * Twitch's rules (one active session per channel; guests are invited, get ready, then are assigned a slot from 1 to
 * the slot count; slot 0 is the host's and cannot be assigned, moved or removed). Sessions are immutable values
 * replaced on every change, so a reader never sees half a change.
 */
public final class GuestStar {
    /** Helix's layout names. */
    public static final Set<String> LAYOUTS = Set.of("TILED_LAYOUT", "SCREENSHARE_LAYOUT", "HORIZONTAL_LAYOUT",
            "VERTICAL_LAYOUT");
    /** Twitch's bounds on the slot count. */
    public static final int MAX_SLOTS = 6;
    /** The host's slot. */
    public static final String HOST_SLOT = "0";

    /** A channel's settings. */
    public record Settings(boolean moderatorSendLive, int slotCount, boolean browserSourceAudio, String layout,
                           String browserSourceToken) {
        static Settings defaults() {
            return new Settings(true, 4, true, "TILED_LAYOUT", Ids.alnum(22));
        }
    }

    /** A guest's audio or video: available to the guest, allowed by the host, transmitted by the guest. */
    public record Media(boolean available, boolean hostEnabled, boolean guestEnabled) {
        static Media on() {
            return new Media(true, true, true);
        }
    }

    /** A guest in a slot. */
    public record Slot(String slotId, String userId, boolean live, int volume, Instant assignedAt, Media audio,
                       Media video) {
        Slot movedTo(String newSlotId) {
            return new Slot(newSlotId, userId, live, volume, assignedAt, audio, video);
        }
    }

    /** A pending invite; {@code status} INVITED, ACCEPTED or READY. */
    public record Invite(String userId, Instant invitedAt, String status, boolean videoEnabled, boolean audioEnabled,
                         boolean videoAvailable, boolean audioAvailable) {
        Invite ready() {
            return new Invite(userId, invitedAt, "READY", true, true, true, true);
        }
    }

    /** A session: slots by slot id (the host in {@code 0}), invites by user id, in order. */
    public record Session(String id, String broadcasterId, Instant startedAt, Map<String, Slot> slots,
                          Map<String, Invite> invites) {
        public Session {
            slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
            invites = Collections.unmodifiableMap(new LinkedHashMap<>(invites));
        }

        /** The slot {@code userId} holds, if any. */
        public Optional<Slot> slotOf(String userId) {
            return slots.values().stream().filter(s -> s.userId().equals(userId)).findFirst();
        }

        Session with(Map<String, Slot> newSlots, Map<String, Invite> newInvites) {
            return new Session(id, broadcasterId, startedAt, newSlots, newInvites);
        }
    }

    private final Map<String, Settings> settings = new ConcurrentHashMap<>();
    private final Map<String, Session> active = new LinkedHashMap<>();
    private final Set<String> ended = new HashSet<>();

    // ---------------------------------------------------------------- settings

    /** The channel's settings (Twitch's defaults until changed). */
    public Settings settings(String broadcasterId) {
        return settings.computeIfAbsent(broadcasterId, b -> Settings.defaults());
    }

    /** Changes the channel's settings; the settings after the change. */
    public Settings updateSettings(String broadcasterId, UnaryOperator<Settings> change) {
        return settings.compute(broadcasterId, (b, old) -> change.apply(old == null ? Settings.defaults() : old));
    }

    // ---------------------------------------------------------------- sessions

    /** The channel's active session, if one runs. */
    public synchronized Optional<Session> active(String broadcasterId) {
        return Optional.ofNullable(active.get(broadcasterId));
    }

    /** Starts a session with the host in slot 0; Twitch's 400 while one runs. */
    public synchronized Session create(String broadcasterId, Instant now) {
        if (active.containsKey(broadcasterId)) {
            throw TwitchHttpError.badRequest("Session limit reached (1 active call)");
        }
        Slot host = new Slot(HOST_SLOT, broadcasterId, true, 100, now, Media.on(), Media.on());
        Session session = new Session(Ids.alnum(27), broadcasterId, now, Map.of(HOST_SLOT, host), Map.of());
        active.put(broadcasterId, session);
        return session;
    }

    /** Ends the session; Twitch's 400 for an unknown or already ended one. */
    public synchronized Session end(String broadcasterId, String sessionId) {
        Session session = require(broadcasterId, sessionId);
        active.remove(broadcasterId);
        ended.add(sessionId);
        return session;
    }

    /** The channel's active session with this id; Twitch's 400 otherwise. */
    public synchronized Session require(String broadcasterId, String sessionId) {
        Session session = active.get(broadcasterId);
        if (session == null || !session.id().equals(sessionId)) {
            throw TwitchHttpError.badRequest(ended.contains(sessionId) ? "Session has already been ended"
                    : "Invalid session_id");
        }
        return session;
    }

    // ---------------------------------------------------------------- invites

    /** Invites {@code guestId}; Twitch's 403 for the host or a guest already invited or in a slot. */
    public synchronized Invite invite(String broadcasterId, String sessionId, String guestId, Instant now) {
        Session session = require(broadcasterId, sessionId);
        if (guestId.equals(broadcasterId)) {
            throw TwitchHttpError.forbidden("Unauthorized guest invited");
        }
        if (session.invites().containsKey(guestId) || session.slotOf(guestId).isPresent()) {
            throw TwitchHttpError.forbidden("Guest already invited");
        }
        Invite invite = new Invite(guestId, now, "INVITED", false, false, false, false);
        Map<String, Invite> invites = new LinkedHashMap<>(session.invites());
        invites.put(guestId, invite);
        active.put(broadcasterId, session.with(session.slots(), invites));
        return invite;
    }

    /** Revokes {@code guestId}'s invite; Twitch's 404 when there is none. */
    public synchronized void uninvite(String broadcasterId, String sessionId, String guestId) {
        Session session = require(broadcasterId, sessionId);
        if (!session.invites().containsKey(guestId)) {
            throw TwitchHttpError.notFound("No invite exists for specified guest_id");
        }
        Map<String, Invite> invites = new LinkedHashMap<>(session.invites());
        invites.remove(guestId);
        active.put(broadcasterId, session.with(session.slots(), invites));
    }

    /** The invitee joined the waiting room and is ready (what the guest does in Twitch's UI); the session. */
    public synchronized Session ready(String broadcasterId, String guestId) {
        Session session = active.get(broadcasterId);
        if (session == null || !session.invites().containsKey(guestId)) {
            throw new IllegalStateException(guestId + " has no invite to a session of " + broadcasterId);
        }
        Map<String, Invite> invites = new LinkedHashMap<>(session.invites());
        invites.put(guestId, invites.get(guestId).ready());
        Session updated = session.with(session.slots(), invites);
        active.put(broadcasterId, updated);
        return updated;
    }

    // ---------------------------------------------------------------- slots

    /** Assigns a ready invitee to a free guest slot; Twitch's 400/403 for every rule broken. */
    public synchronized Slot assign(String broadcasterId, String sessionId, String guestId, String slotId,
                                    Instant now) {
        Session session = require(broadcasterId, sessionId);
        if (HOST_SLOT.equals(slotId)) {
            throw TwitchHttpError.forbidden("Cannot assign host slot");
        }
        requireGuestSlot(broadcasterId, slotId);
        if (session.slotOf(guestId).isPresent()) {
            throw TwitchHttpError.forbidden("Guest already assigned to slot");
        }
        Invite invite = session.invites().get(guestId);
        if (invite == null) {
            throw TwitchHttpError.forbidden("Guest not invited to session");
        }
        if (!invite.status().equals("READY")) {
            throw TwitchHttpError.forbidden("Guest is not ready to join");
        }
        if (session.slots().containsKey(slotId)) {
            throw TwitchHttpError.forbidden("Slot " + slotId + " is already assigned");
        }
        Slot slot = new Slot(slotId, guestId, false, 100, now, Media.on(), Media.on());
        Map<String, Slot> slots = new LinkedHashMap<>(session.slots());
        slots.put(slotId, slot);
        Map<String, Invite> invites = new LinkedHashMap<>(session.invites());
        invites.remove(guestId);
        active.put(broadcasterId, session.with(slots, invites));
        return slot;
    }

    /** Moves the guest in {@code source} to {@code destination}, swapping with its occupant; the slots moved. */
    public synchronized List<Slot> move(String broadcasterId, String sessionId, String source,
                                                  String destination) {
        Session session = require(broadcasterId, sessionId);
        if (HOST_SLOT.equals(source) || HOST_SLOT.equals(destination)) {
            throw TwitchHttpError.forbidden("The request is attempting to modify a restricted slot");
        }
        Slot moving = session.slots().get(source);
        if (moving == null) {
            throw TwitchHttpError.badRequest("Missing or invalid slot_id");
        }
        requireGuestSlot(broadcasterId, destination);
        Map<String, Slot> slots = new LinkedHashMap<>(session.slots());
        Slot occupant = slots.remove(destination);
        slots.remove(source);
        List<Slot> moved = new ArrayList<>();
        moved.add(moving.movedTo(destination));
        if (occupant != null) {
            moved.add(occupant.movedTo(source));
        }
        moved.forEach(s -> slots.put(s.slotId(), s));
        active.put(broadcasterId, session.with(slots, session.invites()));
        return moved;
    }

    /** Takes {@code guestId} out of {@code slotId}, back to the invites when {@code reinvite}; the slot removed. */
    public synchronized Slot remove(String broadcasterId, String sessionId, String guestId, String slotId,
                                    boolean reinvite, Instant now) {
        Session session = require(broadcasterId, sessionId);
        if (HOST_SLOT.equals(slotId)) {
            throw TwitchHttpError.forbidden("The request is attempting to modify a restricted slot");
        }
        Slot slot = session.slots().get(slotId);
        if (slot == null || !slot.userId().equals(guestId)) {
            throw TwitchHttpError.notFound("guest_id or slot_id not found");
        }
        Map<String, Slot> slots = new LinkedHashMap<>(session.slots());
        slots.remove(slotId);
        Map<String, Invite> invites = new LinkedHashMap<>(session.invites());
        if (reinvite) {
            invites.put(guestId, new Invite(guestId, now, "INVITED", false, false, false, false));
        }
        active.put(broadcasterId, session.with(slots, invites));
        return slot;
    }

    /** Changes a slot's host-side settings (each null unchanged); the slot after the change. */
    public synchronized Slot updateSlot(String broadcasterId, String sessionId, String slotId, Boolean audio,
                                        Boolean video, Boolean live, Integer volume) {
        Session session = require(broadcasterId, sessionId);
        Slot slot = session.slots().get(slotId);
        if (slot == null) {
            throw TwitchHttpError.badRequest("Missing or invalid slot_id");
        }
        Slot updated = new Slot(slotId, slot.userId(), live == null ? slot.live() : live,
                volume == null ? slot.volume() : volume, slot.assignedAt(), host(slot.audio(), audio),
                host(slot.video(), video));
        Map<String, Slot> slots = new LinkedHashMap<>(session.slots());
        slots.put(slotId, updated);
        active.put(broadcasterId, session.with(slots, session.invites()));
        return updated;
    }

    private static Media host(Media media, Boolean hostEnabled) {
        return hostEnabled == null ? media : new Media(media.available(), hostEnabled, media.guestEnabled());
    }

    private void requireGuestSlot(String broadcasterId, String slotId) {
        int count = settings(broadcasterId).slotCount();
        try {
            int number = Integer.parseInt(slotId);
            if (number >= 1 && number <= count) {
                return;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw TwitchHttpError.badRequest("Missing or invalid slot_id");
    }
}
