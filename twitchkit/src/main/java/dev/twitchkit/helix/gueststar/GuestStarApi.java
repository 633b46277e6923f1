package dev.twitchkit.helix.gueststar;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Guest Star (Twitch's beta, also called Stream Together): a channel's settings, its one active session, the invites
 * to it and the slots guests are assigned. Every endpoint takes a user token; the moderator id must be the token's
 * user (the broadcaster or one of the channel's moderators), and the overloads without it use {@link
 * HelixApi#userId()}. Beta: Twitch may change these endpoints without notice.
 */
public final class GuestStarApi {
    private static final String CATEGORY = "Guest Star";
    private static final Scope[] READ = {Scope.CHANNEL_READ_GUEST_STAR, Scope.CHANNEL_MANAGE_GUEST_STAR,
        Scope.MODERATOR_READ_GUEST_STAR, Scope.MODERATOR_MANAGE_GUEST_STAR};
    private static final Scope[] MANAGE = {Scope.CHANNEL_MANAGE_GUEST_STAR, Scope.MODERATOR_MANAGE_GUEST_STAR};
    private static final Pattern GUEST_SLOT = Pattern.compile("[1-9][0-9]{0,2}");

    static final ListEndpoint<GuestStarSettings> GET_CHANNEL_SETTINGS =
            Endpoint.declare(CATEGORY, "Get Channel Guest Star Settings", "getChannelSettings")
                    .route("GET", "/guest_star/channel_settings").scopes(READ).userToken().beta()
                    .data(GuestStarSettings.class);
    static final Endpoint<Void> UPDATE_CHANNEL_SETTINGS =
            Endpoint.declare(CATEGORY, "Update Channel Guest Star Settings", "updateChannelSettings")
                    .route("PUT", "/guest_star/channel_settings").scopes(Scope.CHANNEL_MANAGE_GUEST_STAR)
                    .userToken().beta().noContent();
    static final ListEndpoint<GuestStarSession> GET_SESSION =
            Endpoint.declare(CATEGORY, "Get Guest Star Session", "getSession")
                    .route("GET", "/guest_star/session").scopes(READ).userToken().beta()
                    .data(GuestStarSession.class);
    static final ListEndpoint<GuestStarSession> CREATE_SESSION =
            Endpoint.declare(CATEGORY, "Create Guest Star Session", "createSession")
                    .route("POST", "/guest_star/session").scopes(Scope.CHANNEL_MANAGE_GUEST_STAR).userToken().beta()
                    .data(GuestStarSession.class);
    static final ListEndpoint<GuestStarSession> END_SESSION =
            Endpoint.declare(CATEGORY, "End Guest Star Session", "endSession")
                    .route("DELETE", "/guest_star/session").scopes(Scope.CHANNEL_MANAGE_GUEST_STAR).userToken()
                    .beta().data(GuestStarSession.class);
    static final ListEndpoint<GuestStarInvite> GET_INVITES =
            Endpoint.declare(CATEGORY, "Get Guest Star Invites", "getInvites")
                    .route("GET", "/guest_star/invites").scopes(READ).userToken().beta()
                    .data(GuestStarInvite.class);
    static final Endpoint<Void> SEND_INVITE = Endpoint.declare(CATEGORY, "Send Guest Star Invite", "sendInvite")
            .route("POST", "/guest_star/invites").scopes(MANAGE).userToken().beta().noContent();
    static final Endpoint<Void> DELETE_INVITE = Endpoint.declare(CATEGORY, "Delete Guest Star Invite", "deleteInvite")
            .route("DELETE", "/guest_star/invites").scopes(MANAGE).userToken().beta().noContent();
    static final Endpoint<Void> ASSIGN_SLOT = Endpoint.declare(CATEGORY, "Assign Guest Star Slot", "assignSlot")
            .route("POST", "/guest_star/slot").scopes(MANAGE).userToken().beta().noContent();
    static final Endpoint<Void> UPDATE_SLOT = Endpoint.declare(CATEGORY, "Update Guest Star Slot", "updateSlot")
            .route("PATCH", "/guest_star/slot").scopes(MANAGE).userToken().beta().noContent();
    static final Endpoint<Void> DELETE_SLOT = Endpoint.declare(CATEGORY, "Delete Guest Star Slot", "deleteSlot")
            .route("DELETE", "/guest_star/slot").scopes(MANAGE).userToken().beta().noContent();
    static final Endpoint<Void> UPDATE_SLOT_SETTINGS =
            Endpoint.declare(CATEGORY, "Update Guest Star Slot Settings", "updateSlotSettings")
                    .route("PATCH", "/guest_star/slot_settings").scopes(MANAGE).userToken().beta().noContent();

    private final HelixApi api;

    /** The Guest Star endpoints on {@code api}'s token (a user's). */
    public GuestStarApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    // ---------------------------------------------------------------- channel settings

    /** The channel's Guest Star settings, read as {@code moderatorId} (the token's user). */
    public CompletableFuture<GuestStarSettings> getChannelSettings(String broadcasterId, String moderatorId) {
        return GET_CHANNEL_SETTINGS.single(api, channel(broadcasterId, moderatorId), null);
    }

    /** The channel's Guest Star settings, read as the token's user. */
    public CompletableFuture<GuestStarSettings> getChannelSettings(String broadcasterId) {
        return getChannelSettings(broadcasterId, api.userId());
    }

    /**
     * Changes the broadcaster's Guest Star settings (the token's user must be the broadcaster).
     *
     * @param update what changes; at least one setting
     */
    public CompletableFuture<Void> updateChannelSettings(String broadcasterId, GuestStarSettingsUpdate update) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(update, "update");
        if (update.isEmpty()) {
            throw new IllegalArgumentException("update must change at least one setting");
        }
        return UPDATE_CHANNEL_SETTINGS.call(api, update.addTo(HelixQuery.create().add("broadcaster_id",
                broadcasterId)), null);
    }

    /** Changes the Guest Star settings of the token's user's channel. */
    public CompletableFuture<Void> updateChannelSettings(GuestStarSettingsUpdate update) {
        return updateChannelSettings(api.userId(), update);
    }

    // ---------------------------------------------------------------- the session

    /** The channel's active session, read as {@code moderatorId}; empty when none is running. */
    public CompletableFuture<Optional<GuestStarSession>> getSession(String broadcasterId, String moderatorId) {
        return GET_SESSION.data(api, channel(broadcasterId, moderatorId), null)
                .thenApply(sessions -> sessions.stream().findFirst());
    }

    /** The channel's active session, read as the token's user; empty when none is running. */
    public CompletableFuture<Optional<GuestStarSession>> getSession(String broadcasterId) {
        return getSession(broadcasterId, api.userId());
    }

    /**
     * Starts a session in the broadcaster's channel (the token's user); a channel has at most one active session,
     * so Twitch answers 400 while one runs.
     */
    public CompletableFuture<GuestStarSession> createSession(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return CREATE_SESSION.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** Starts a session in the token's user's channel. */
    public CompletableFuture<GuestStarSession> createSession() {
        return createSession(api.userId());
    }

    /** Ends the broadcaster's session (the token's user), as the host's "End Call" button; the session as it ended. */
    public CompletableFuture<GuestStarSession> endSession(String broadcasterId, String sessionId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(sessionId, "sessionId");
        return END_SESSION.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("session_id", sessionId), null);
    }

    /** Ends the token's user's session. */
    public CompletableFuture<GuestStarSession> endSession(String sessionId) {
        return endSession(api.userId(), sessionId);
    }

    // ---------------------------------------------------------------- invites

    /** The pending invites to a session, with each invitee's readiness, read as {@code moderatorId}. */
    public CompletableFuture<List<GuestStarInvite>> getInvites(String broadcasterId, String moderatorId,
                                                               String sessionId) {
        return GET_INVITES.data(api, session(broadcasterId, moderatorId, sessionId), null);
    }

    /** The pending invites to a session, read as the token's user. */
    public CompletableFuture<List<GuestStarInvite>> getInvites(String broadcasterId, String sessionId) {
        return getInvites(broadcasterId, api.userId(), sessionId);
    }

    /** Invites {@code guestId} to the session on the broadcaster's behalf, as {@code moderatorId}. */
    public CompletableFuture<Void> sendInvite(String broadcasterId, String moderatorId, String sessionId,
                                              String guestId) {
        Checks.notBlank(guestId, "guestId");
        return SEND_INVITE.call(api, session(broadcasterId, moderatorId, sessionId).add("guest_id", guestId), null);
    }

    /** Invites {@code guestId} to the session, as the token's user. */
    public CompletableFuture<Void> sendInvite(String broadcasterId, String sessionId, String guestId) {
        return sendInvite(broadcasterId, api.userId(), sessionId, guestId);
    }

    /** Revokes {@code guestId}'s invite, as {@code moderatorId}; Twitch's 404 when there is none. */
    public CompletableFuture<Void> deleteInvite(String broadcasterId, String moderatorId, String sessionId,
                                                String guestId) {
        Checks.notBlank(guestId, "guestId");
        return DELETE_INVITE.call(api, session(broadcasterId, moderatorId, sessionId).add("guest_id", guestId),
                null);
    }

    /** Revokes {@code guestId}'s invite, as the token's user. */
    public CompletableFuture<Void> deleteInvite(String broadcasterId, String sessionId, String guestId) {
        return deleteInvite(broadcasterId, api.userId(), sessionId, guestId);
    }

    // ---------------------------------------------------------------- slots

    /**
     * Puts an invited guest who is ready into a slot, as {@code moderatorId}.
     *
     * @param slotId {@code 1} to the channel's slot count ({@code 0} is the host's and cannot be assigned)
     */
    public CompletableFuture<Void> assignSlot(String broadcasterId, String moderatorId, String sessionId,
                                              String guestId, String slotId) {
        Checks.notBlank(guestId, "guestId");
        requireGuestSlot(slotId, "slotId");
        return ASSIGN_SLOT.call(api, session(broadcasterId, moderatorId, sessionId).add("guest_id", guestId)
                .add("slot_id", slotId), null);
    }

    /** Puts an invited guest who is ready into a slot, as the token's user. */
    public CompletableFuture<Void> assignSlot(String broadcasterId, String sessionId, String guestId, String slotId) {
        return assignSlot(broadcasterId, api.userId(), sessionId, guestId, slotId);
    }

    /**
     * Moves the guest in {@code sourceSlotId} to {@code destinationSlotId}, as {@code moderatorId}; a guest already
     * there is swapped into the source slot. Twitch marks the destination optional, but without one nothing moves,
     * so it is required here.
     */
    public CompletableFuture<Void> updateSlot(String broadcasterId, String moderatorId, String sessionId,
                                              String sourceSlotId, String destinationSlotId) {
        Checks.notBlank(sourceSlotId, "sourceSlotId");
        requireGuestSlot(destinationSlotId, "destinationSlotId");
        return UPDATE_SLOT.call(api, session(broadcasterId, moderatorId, sessionId).add("source_slot_id",
                sourceSlotId).add("destination_slot_id", destinationSlotId), null);
    }

    /** Moves a guest to another slot (swapping with its occupant), as the token's user. */
    public CompletableFuture<Void> updateSlot(String broadcasterId, String sessionId, String sourceSlotId,
                                              String destinationSlotId) {
        return updateSlot(broadcasterId, api.userId(), sessionId, sourceSlotId, destinationSlotId);
    }

    /**
     * Takes {@code guestId} out of {@code slotId}, as {@code moderatorId}: their access to the session ends at
     * once.
     *
     * @param reinviteGuest true to send the guest back to the invite queue
     */
    public CompletableFuture<Void> deleteSlot(String broadcasterId, String moderatorId, String sessionId,
                                              String guestId, String slotId, boolean reinviteGuest) {
        Checks.notBlank(guestId, "guestId");
        Checks.notBlank(slotId, "slotId");
        return DELETE_SLOT.call(api, session(broadcasterId, moderatorId, sessionId).add("guest_id", guestId)
                .add("slot_id", slotId).add("should_reinvite_guest", reinviteGuest), null);
    }

    /** Takes a guest out of their slot without reinviting them, as the token's user. */
    public CompletableFuture<Void> deleteSlot(String broadcasterId, String sessionId, String guestId, String slotId) {
        return deleteSlot(broadcasterId, api.userId(), sessionId, guestId, slotId, false);
    }

    /**
     * Changes a slot's audio, video, live state or volume, as {@code moderatorId}.
     *
     * @param settings what changes; at least one setting
     */
    public CompletableFuture<Void> updateSlotSettings(String broadcasterId, String moderatorId, String sessionId,
                                                      String slotId, GuestStarSlotSettings settings) {
        Checks.notBlank(slotId, "slotId");
        Checks.notNull(settings, "settings");
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("settings must change at least one of audio, video, live, volume");
        }
        return UPDATE_SLOT_SETTINGS.call(api, settings.addTo(session(broadcasterId, moderatorId, sessionId)
                .add("slot_id", slotId)), null);
    }

    /** Changes a slot's audio, video, live state or volume, as the token's user. */
    public CompletableFuture<Void> updateSlotSettings(String broadcasterId, String sessionId, String slotId,
                                                      GuestStarSlotSettings settings) {
        return updateSlotSettings(broadcasterId, api.userId(), sessionId, slotId, settings);
    }

    // ---------------------------------------------------------------- helpers

    private static HelixQuery channel(String broadcasterId, String moderatorId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(moderatorId, "moderatorId");
        return HelixQuery.create().add("broadcaster_id", broadcasterId).add("moderator_id", moderatorId);
    }

    private static HelixQuery session(String broadcasterId, String moderatorId, String sessionId) {
        Checks.notBlank(sessionId, "sessionId");
        return channel(broadcasterId, moderatorId).add("session_id", sessionId);
    }

    private static void requireGuestSlot(String slotId, String name) {
        Checks.notBlank(slotId, name);
        if (!GUEST_SLOT.matcher(slotId).matches()) {
            throw new IllegalArgumentException(name + " must be a guest slot number from 1 (slot 0 is the host's), got "
                    + slotId);
        }
    }
}
