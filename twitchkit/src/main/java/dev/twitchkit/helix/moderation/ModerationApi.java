package dev.twitchkit.helix.moderation;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Moderation: AutoMod, bans and timeouts, unban requests, blocked terms, deleting chat messages, moderators, VIPs,
 * Shield Mode, warnings and suspicious users. Where Twitch requires the moderator (or the broadcaster) to be the
 * token's user, an overload without that id uses {@link HelixApi#userId()}.
 */
public final class ModerationApi {
    /** Twitch's longest timeout: two weeks, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 1_209_600;
    /** Twitch's limit on the reasons and texts of bans, warnings and unban resolutions. */
    public static final int MAX_REASON_LENGTH = 500;
    /** Twitch's bounds on a blocked term's length. */
    public static final int MIN_TERM_LENGTH = 2;
    /** Twitch's bounds on a blocked term's length. */
    public static final int MAX_TERM_LENGTH = 500;
    /** Twitch's limit on user ids in one filter, and on messages in one AutoMod check. */
    public static final int MAX_IDS = 100;
    private static final String CATEGORY = "Moderation";

    static final ListEndpoint<AutoModStatus> CHECK_AUTOMOD_STATUS = Endpoint.declare(CATEGORY,
            "Check AutoMod Status", "checkAutoModStatus").route("POST", "/moderation/enforcements/status")
            .scopes(Scope.MODERATION_READ).userToken().data(AutoModStatus.class);
    static final Endpoint<Void> MANAGE_HELD_MESSAGE = Endpoint.declare(CATEGORY, "Manage Held AutoMod Messages",
            "manageHeldAutoModMessage").route("POST", "/moderation/automod/message")
            .scopes(Scope.MODERATOR_MANAGE_AUTOMOD).userToken().noContent();
    static final ListEndpoint<AutoModSettings> GET_AUTOMOD_SETTINGS = Endpoint.declare(CATEGORY,
            "Get AutoMod Settings", "getAutoModSettings").route("GET", "/moderation/automod/settings")
            .scopes(Scope.MODERATOR_READ_AUTOMOD_SETTINGS).userToken().data(AutoModSettings.class);
    static final ListEndpoint<AutoModSettings> UPDATE_AUTOMOD_SETTINGS = Endpoint.declare(CATEGORY,
            "Update AutoMod Settings", "updateAutoModSettings").route("PUT", "/moderation/automod/settings")
            .scopes(Scope.MODERATOR_MANAGE_AUTOMOD_SETTINGS).userToken().data(AutoModSettings.class);
    static final ListEndpoint<BannedUser> GET_BANNED_USERS = Endpoint.declare(CATEGORY, "Get Banned Users",
            "getBannedUsers").route("GET", "/moderation/banned")
            .scopes(Scope.MODERATION_READ, Scope.MODERATOR_MANAGE_BANNED_USERS).userToken().list(BannedUser.class, 100);
    static final ListEndpoint<Ban> BAN_USER = Endpoint.declare(CATEGORY, "Ban User", "banUser")
            .route("POST", "/moderation/bans").scopes(Scope.MODERATOR_MANAGE_BANNED_USERS).userToken()
            .data(Ban.class);
    static final Endpoint<Void> UNBAN_USER = Endpoint.declare(CATEGORY, "Unban User", "unbanUser")
            .route("DELETE", "/moderation/bans").scopes(Scope.MODERATOR_MANAGE_BANNED_USERS).userToken()
            .noContent();
    // Twitch documents no page size for unban requests; the usual 100 is assumed.
    static final ListEndpoint<UnbanRequest> GET_UNBAN_REQUESTS = Endpoint.declare(CATEGORY, "Get Unban Requests",
            "getUnbanRequests").route("GET", "/moderation/unban_requests")
            .scopes(Scope.MODERATOR_MANAGE_UNBAN_REQUESTS, Scope.MODERATOR_READ_UNBAN_REQUESTS).userToken()
            .list(UnbanRequest.class, 100);
    static final ListEndpoint<UnbanRequest> RESOLVE_UNBAN_REQUEST = Endpoint.declare(CATEGORY,
            "Resolve Unban Requests", "resolveUnbanRequest").route("PATCH", "/moderation/unban_requests")
            .scopes(Scope.MODERATOR_MANAGE_UNBAN_REQUESTS).userToken().data(UnbanRequest.class);
    static final ListEndpoint<BlockedTerm> GET_BLOCKED_TERMS = Endpoint.declare(CATEGORY, "Get Blocked Terms",
            "getBlockedTerms").route("GET", "/moderation/blocked_terms")
            .scopes(Scope.MODERATOR_MANAGE_BLOCKED_TERMS, Scope.MODERATOR_READ_BLOCKED_TERMS).userToken()
            .list(BlockedTerm.class, 100);
    static final ListEndpoint<BlockedTerm> ADD_BLOCKED_TERM = Endpoint.declare(CATEGORY, "Add Blocked Term",
            "addBlockedTerm").route("POST", "/moderation/blocked_terms")
            .scopes(Scope.MODERATOR_MANAGE_BLOCKED_TERMS).userToken().data(BlockedTerm.class);
    static final Endpoint<Void> REMOVE_BLOCKED_TERM = Endpoint.declare(CATEGORY, "Remove Blocked Term",
            "removeBlockedTerm").route("DELETE", "/moderation/blocked_terms")
            .scopes(Scope.MODERATOR_MANAGE_BLOCKED_TERMS).userToken().noContent();
    static final Endpoint<Void> DELETE_CHAT_MESSAGES = Endpoint.declare(CATEGORY, "Delete Chat Messages",
            "deleteChatMessages").route("DELETE", "/moderation/chat")
            .scopes(Scope.MODERATOR_MANAGE_CHAT_MESSAGES).userToken().noContent();
    static final ListEndpoint<ModeratedChannel> GET_MODERATED_CHANNELS = Endpoint.declare(CATEGORY,
            "Get Moderated Channels", "getModeratedChannels").route("GET", "/moderation/channels")
            .scopes(Scope.USER_READ_MODERATED_CHANNELS).userToken().list(ModeratedChannel.class, 100);
    static final ListEndpoint<Moderator> GET_MODERATORS = Endpoint.declare(CATEGORY, "Get Moderators",
            "getModerators").route("GET", "/moderation/moderators")
            .scopes(Scope.CHANNEL_MANAGE_MODERATORS, Scope.MODERATION_READ).userToken().list(Moderator.class, 100);
    static final Endpoint<Void> ADD_MODERATOR = Endpoint.declare(CATEGORY, "Add Channel Moderator",
            "addChannelModerator").route("POST", "/moderation/moderators")
            .scopes(Scope.CHANNEL_MANAGE_MODERATORS).userToken().noContent();
    static final Endpoint<Void> REMOVE_MODERATOR = Endpoint.declare(CATEGORY, "Remove Channel Moderator",
            "removeChannelModerator").route("DELETE", "/moderation/moderators")
            .scopes(Scope.CHANNEL_MANAGE_MODERATORS).userToken().noContent();
    static final ListEndpoint<Vip> GET_VIPS = Endpoint.declare(CATEGORY, "Get VIPs", "getVips")
            .route("GET", "/channels/vips").scopes(Scope.CHANNEL_MANAGE_VIPS, Scope.CHANNEL_READ_VIPS).userToken()
            .list(Vip.class, 100);
    static final Endpoint<Void> ADD_VIP = Endpoint.declare(CATEGORY, "Add Channel VIP", "addChannelVip")
            .route("POST", "/channels/vips").scopes(Scope.CHANNEL_MANAGE_VIPS).userToken().noContent();
    static final Endpoint<Void> REMOVE_VIP = Endpoint.declare(CATEGORY, "Remove Channel VIP", "removeChannelVip")
            .route("DELETE", "/channels/vips").scopes(Scope.CHANNEL_MANAGE_VIPS).userToken().noContent();
    static final ListEndpoint<ShieldModeStatus> UPDATE_SHIELD_MODE = Endpoint.declare(CATEGORY,
            "Update Shield Mode Status", "updateShieldModeStatus").route("PUT", "/moderation/shield_mode")
            .scopes(Scope.MODERATOR_MANAGE_SHIELD_MODE).userToken().data(ShieldModeStatus.class);
    static final ListEndpoint<ShieldModeStatus> GET_SHIELD_MODE = Endpoint.declare(CATEGORY,
            "Get Shield Mode Status", "getShieldModeStatus").route("GET", "/moderation/shield_mode")
            .scopes(Scope.MODERATOR_MANAGE_SHIELD_MODE, Scope.MODERATOR_READ_SHIELD_MODE).userToken()
            .data(ShieldModeStatus.class);
    static final ListEndpoint<Warning> WARN_CHAT_USER = Endpoint.declare(CATEGORY, "Warn Chat User", "warnChatUser")
            .route("POST", "/moderation/warnings").scopes(Scope.MODERATOR_MANAGE_WARNINGS).userToken()
            .data(Warning.class);
    static final ListEndpoint<SuspiciousUser> ADD_SUSPICIOUS = Endpoint.declare(CATEGORY,
            "Add Suspicious Status to Chat User", "addSuspiciousStatusToChatUser")
            .route("POST", "/moderation/suspicious_users").scopes(Scope.MODERATOR_MANAGE_SUSPICIOUS_USERS)
            .data(SuspiciousUser.class);
    static final ListEndpoint<SuspiciousUser> REMOVE_SUSPICIOUS = Endpoint.declare(CATEGORY,
            "Remove Suspicious Status From Chat User", "removeSuspiciousStatusFromChatUser")
            .route("DELETE", "/moderation/suspicious_users").scopes(Scope.MODERATOR_MANAGE_SUSPICIOUS_USERS)
            .data(SuspiciousUser.class);

    private final HelixApi api;

    /** The moderation endpoints on {@code api}'s token. */
    public ModerationApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    // ---------------------------------------------------------------- AutoMod

    /** Whether AutoMod would let each of 1 to 100 messages into the broadcaster's chat (the token's user). */
    public CompletableFuture<List<AutoModStatus>> checkAutoModStatus(String broadcasterId,
                                                                     List<AutoModCheck> messages) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(messages, "messages");
        if (messages.isEmpty() || messages.size() > MAX_IDS) {
            throw new IllegalArgumentException("messages must hold 1 to " + MAX_IDS + " messages, got "
                    + messages.size());
        }
        messages.forEach(m -> {
            Checks.notNull(m, "message");
            Checks.notBlank(m.msgId(), "msgId");
            Checks.notBlank(m.msgText(), "msgText");
        });
        return CHECK_AUTOMOD_STATUS.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId),
                Bodies.of("data", messages));
    }

    /** {@link #checkAutoModStatus(String, List)} in the token's user's own channel. */
    public CompletableFuture<List<AutoModStatus>> checkAutoModStatus(List<AutoModCheck> messages) {
        return checkAutoModStatus(api.userId(), messages);
    }

    /** Allows or denies a message AutoMod held, as {@code moderatorId} (the token's user). */
    public CompletableFuture<Void> manageHeldAutoModMessage(String moderatorId, String messageId,
                                                            HeldMessageAction action) {
        Checks.notBlank(moderatorId, "moderatorId");
        Checks.notBlank(messageId, "messageId");
        Checks.notNull(action, "action");
        return MANAGE_HELD_MESSAGE.call(api, null, Bodies.of("user_id", moderatorId, "msg_id", messageId,
                "action", action.name()));
    }

    /** {@link #manageHeldAutoModMessage(String, String, HeldMessageAction)} as the token's user. */
    public CompletableFuture<Void> manageHeldAutoModMessage(String messageId, HeldMessageAction action) {
        return manageHeldAutoModMessage(api.userId(), messageId, action);
    }

    /** The broadcaster's AutoMod settings, read by {@code moderatorId} (the token's user). */
    public CompletableFuture<AutoModSettings> getAutoModSettings(String broadcasterId, String moderatorId) {
        return GET_AUTOMOD_SETTINGS.single(api, moderated(broadcasterId, moderatorId), null);
    }

    /** {@link #getAutoModSettings(String, String)} as the token's user. */
    public CompletableFuture<AutoModSettings> getAutoModSettings(String broadcasterId) {
        return getAutoModSettings(broadcasterId, api.userId());
    }

    /** Overwrites the broadcaster's AutoMod settings; answers them as they now are. */
    public CompletableFuture<AutoModSettings> updateAutoModSettings(String broadcasterId, String moderatorId,
                                                                    AutoModSettingsUpdate settings) {
        Checks.notNull(settings, "settings");
        return UPDATE_AUTOMOD_SETTINGS.single(api, moderated(broadcasterId, moderatorId), settings.body());
    }

    /** {@link #updateAutoModSettings(String, String, AutoModSettingsUpdate)} as the token's user. */
    public CompletableFuture<AutoModSettings> updateAutoModSettings(String broadcasterId,
                                                                    AutoModSettingsUpdate settings) {
        return updateAutoModSettings(broadcasterId, api.userId(), settings);
    }

    // ---------------------------------------------------------------- bans

    /**
     * The users banned or timed out in the broadcaster's channel (the token's user), newest first; only those of
     * {@code userIds} (at most 100, in that order) unless it is empty.
     */
    public Paginator<BannedUser> getBannedUsers(String broadcasterId, Collection<String> userIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Limits.ids(userIds, MAX_IDS, "userIds");
        return GET_BANNED_USERS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .addAll("user_id", userIds));
    }

    /** Everyone banned or timed out in the token's user's channel. */
    public Paginator<BannedUser> getBannedUsers() {
        return getBannedUsers(api.userId(), List.of());
    }

    /**
     * Bans {@code userId} from the broadcaster's chat for good.
     *
     * @param reason at most 500 characters; null for none
     */
    public CompletableFuture<Ban> banUser(String broadcasterId, String moderatorId, String userId, String reason) {
        return ban(broadcasterId, moderatorId, userId, null, reason);
    }

    /** {@link #banUser(String, String, String, String)} as the token's user. */
    public CompletableFuture<Ban> banUser(String broadcasterId, String userId, String reason) {
        return banUser(broadcasterId, api.userId(), userId, reason);
    }

    /**
     * Times {@code userId} out, or changes a running timeout (one second ends it). Uses Ban User.
     *
     * @param duration whole seconds, 1 s to 14 days
     * @param reason at most 500 characters; null for none
     */
    public CompletableFuture<Ban> timeoutUser(String broadcasterId, String moderatorId, String userId,
                                             Duration duration, String reason) {
        Checks.notNull(duration, "duration");
        if (duration.getNano() != 0 || duration.getSeconds() < 1 || duration.getSeconds() > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("duration must be whole seconds between 1 and " + MAX_TIMEOUT_SECONDS
                    + ", got " + duration);
        }
        return ban(broadcasterId, moderatorId, userId, (int) duration.getSeconds(), reason);
    }

    /** {@link #timeoutUser(String, String, String, Duration, String)} as the token's user. */
    public CompletableFuture<Ban> timeoutUser(String broadcasterId, String userId, Duration duration, String reason) {
        return timeoutUser(broadcasterId, api.userId(), userId, duration, reason);
    }

    private CompletableFuture<Ban> ban(String broadcasterId, String moderatorId, String userId, Integer seconds,
                                       String reason) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        Checks.notBlank(userId, "userId");
        Limits.atMost(reason, MAX_REASON_LENGTH, "reason");
        return BAN_USER.single(api, query, Map.of("data", Bodies.of("user_id", userId, "duration", seconds,
                "reason", reason)));
    }

    /** Lifts {@code userId}'s ban or timeout in the broadcaster's channel. */
    public CompletableFuture<Void> unbanUser(String broadcasterId, String moderatorId, String userId) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        return UNBAN_USER.call(api, query.add("user_id", Checks.notBlank(userId, "userId")), null);
    }

    /** {@link #unbanUser(String, String, String)} as the token's user. */
    public CompletableFuture<Void> unbanUser(String broadcasterId, String userId) {
        return unbanUser(broadcasterId, api.userId(), userId);
    }

    // ---------------------------------------------------------------- unban requests

    /** The channel's unban requests in {@code status}, of {@code userId} only unless null. */
    public Paginator<UnbanRequest> getUnbanRequests(String broadcasterId, String moderatorId,
                                                    UnbanRequestStatus status, String userId) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        Checks.notNull(status, "status");
        return GET_UNBAN_REQUESTS.paginate(api, query.add("status", status.value()).add("user_id", userId));
    }

    /** The channel's unban requests in {@code status}, as the token's user. */
    public Paginator<UnbanRequest> getUnbanRequests(String broadcasterId, UnbanRequestStatus status) {
        return getUnbanRequests(broadcasterId, api.userId(), status, null);
    }

    /**
     * Approves (which lifts the ban) or denies an unban request.
     *
     * @param status {@link UnbanRequestStatus#APPROVED} or {@link UnbanRequestStatus#DENIED}
     * @param resolutionText a message to the user, at most 500 characters; null for none
     */
    public CompletableFuture<UnbanRequest> resolveUnbanRequest(String broadcasterId, String moderatorId,
                                                               String requestId, UnbanRequestStatus status,
                                                               String resolutionText) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        Checks.notBlank(requestId, "requestId");
        if (!UnbanRequestStatus.APPROVED.equals(status) && !UnbanRequestStatus.DENIED.equals(status)) {
            throw new IllegalArgumentException("status must be approved or denied, got " + status);
        }
        Limits.atMost(resolutionText, MAX_REASON_LENGTH, "resolutionText");
        return RESOLVE_UNBAN_REQUEST.single(api, query.add("unban_request_id", requestId)
                .add("status", status.value()).add("resolution_text", resolutionText), null);
    }

    /** {@link #resolveUnbanRequest(String, String, String, UnbanRequestStatus, String)} as the token's user. */
    public CompletableFuture<UnbanRequest> resolveUnbanRequest(String broadcasterId, String requestId,
                                                               UnbanRequestStatus status, String resolutionText) {
        return resolveUnbanRequest(broadcasterId, api.userId(), requestId, status, resolutionText);
    }

    // ---------------------------------------------------------------- blocked terms

    /** The channel's blocked terms, newest first. */
    public Paginator<BlockedTerm> getBlockedTerms(String broadcasterId, String moderatorId) {
        return GET_BLOCKED_TERMS.paginate(api, moderated(broadcasterId, moderatorId));
    }

    /** {@link #getBlockedTerms(String, String)} as the token's user. */
    public Paginator<BlockedTerm> getBlockedTerms(String broadcasterId) {
        return getBlockedTerms(broadcasterId, api.userId());
    }

    /**
     * Blocks a word or phrase of 2 to 500 characters ({@code *} at its start or end is a wildcard). A term the
     * channel already blocks comes back as it is.
     */
    public CompletableFuture<BlockedTerm> addBlockedTerm(String broadcasterId, String moderatorId, String text) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        Checks.notNull(text, "text");
        if (text.length() < MIN_TERM_LENGTH || text.length() > MAX_TERM_LENGTH) {
            throw new IllegalArgumentException("text must be " + MIN_TERM_LENGTH + " to " + MAX_TERM_LENGTH
                    + " characters, got " + text.length());
        }
        return ADD_BLOCKED_TERM.single(api, query, Bodies.of("text", text));
    }

    /** {@link #addBlockedTerm(String, String, String)} as the token's user. */
    public CompletableFuture<BlockedTerm> addBlockedTerm(String broadcasterId, String text) {
        return addBlockedTerm(broadcasterId, api.userId(), text);
    }

    /** Unblocks a term by its id. */
    public CompletableFuture<Void> removeBlockedTerm(String broadcasterId, String moderatorId, String termId) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        return REMOVE_BLOCKED_TERM.call(api, query.add("id", Checks.notBlank(termId, "termId")), null);
    }

    /** {@link #removeBlockedTerm(String, String, String)} as the token's user. */
    public CompletableFuture<Void> removeBlockedTerm(String broadcasterId, String termId) {
        return removeBlockedTerm(broadcasterId, api.userId(), termId);
    }

    // ---------------------------------------------------------------- chat messages

    /**
     * Deletes one chat message (of the last 6 hours, not the broadcaster's nor another moderator's), or every
     * message in the chat when {@code messageId} is null.
     */
    public CompletableFuture<Void> deleteChatMessages(String broadcasterId, String moderatorId, String messageId) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        if (messageId != null) {
            Checks.notBlank(messageId, "messageId");
        }
        return DELETE_CHAT_MESSAGES.call(api, query.add("message_id", messageId), null);
    }

    /** Deletes one chat message, as the token's user. */
    public CompletableFuture<Void> deleteChatMessage(String broadcasterId, String messageId) {
        return deleteChatMessages(broadcasterId, api.userId(), Checks.notBlank(messageId, "messageId"));
    }

    /** Clears the whole chat, as the token's user. */
    public CompletableFuture<Void> clearChat(String broadcasterId) {
        return deleteChatMessages(broadcasterId, api.userId(), null);
    }

    // ---------------------------------------------------------------- moderators and VIPs

    /** The channels {@code userId} (the token's user) moderates. */
    public Paginator<ModeratedChannel> getModeratedChannels(String userId) {
        return GET_MODERATED_CHANNELS.paginate(api, HelixQuery.create()
                .add("user_id", Checks.notBlank(userId, "userId")));
    }

    /** The channels the token's user moderates. */
    public Paginator<ModeratedChannel> getModeratedChannels() {
        return getModeratedChannels(api.userId());
    }

    /** The broadcaster's (the token's user's) moderators; only those of {@code userIds} (at most 100) unless empty. */
    public Paginator<Moderator> getModerators(String broadcasterId, Collection<String> userIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Limits.ids(userIds, MAX_IDS, "userIds");
        return GET_MODERATORS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .addAll("user_id", userIds));
    }

    /** Every moderator of the token's user's channel. */
    public Paginator<Moderator> getModerators() {
        return getModerators(api.userId(), List.of());
    }

    /** Makes {@code userId} a moderator of the broadcaster's (the token's user's) channel. */
    public CompletableFuture<Void> addChannelModerator(String broadcasterId, String userId) {
        return ADD_MODERATOR.call(api, channelUser(broadcasterId, userId), null);
    }

    /** Makes {@code userId} a moderator of the token's user's channel. */
    public CompletableFuture<Void> addChannelModerator(String userId) {
        return addChannelModerator(api.userId(), userId);
    }

    /** Takes the moderator role from {@code userId}. */
    public CompletableFuture<Void> removeChannelModerator(String broadcasterId, String userId) {
        return REMOVE_MODERATOR.call(api, channelUser(broadcasterId, userId), null);
    }

    /** Takes the moderator role from {@code userId} in the token's user's channel. */
    public CompletableFuture<Void> removeChannelModerator(String userId) {
        return removeChannelModerator(api.userId(), userId);
    }

    /** The broadcaster's (the token's user's) VIPs; only those of {@code userIds} (at most 100) unless empty. */
    public Paginator<Vip> getVips(String broadcasterId, Collection<String> userIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Limits.ids(userIds, MAX_IDS, "userIds");
        return GET_VIPS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .addAll("user_id", userIds));
    }

    /** Every VIP of the token's user's channel. */
    public Paginator<Vip> getVips() {
        return getVips(api.userId(), List.of());
    }

    /** Makes {@code userId} a VIP of the broadcaster's (the token's user's) channel; not a moderator. */
    public CompletableFuture<Void> addChannelVip(String broadcasterId, String userId) {
        return ADD_VIP.call(api, channelUser(broadcasterId, userId), null);
    }

    /** Makes {@code userId} a VIP of the token's user's channel. */
    public CompletableFuture<Void> addChannelVip(String userId) {
        return addChannelVip(api.userId(), userId);
    }

    /** Takes VIP status from {@code userId} (the broadcaster does, or the VIP gives it up). */
    public CompletableFuture<Void> removeChannelVip(String broadcasterId, String userId) {
        return REMOVE_VIP.call(api, channelUser(broadcasterId, userId), null);
    }

    /** Takes VIP status from {@code userId} in the token's user's channel. */
    public CompletableFuture<Void> removeChannelVip(String userId) {
        return removeChannelVip(api.userId(), userId);
    }

    // ---------------------------------------------------------------- Shield Mode, warnings, suspicious users

    /** Turns Shield Mode on or off; answers its status. */
    public CompletableFuture<ShieldModeStatus> updateShieldModeStatus(String broadcasterId, String moderatorId,
                                                                      boolean active) {
        return UPDATE_SHIELD_MODE.single(api, moderated(broadcasterId, moderatorId), Bodies.of("is_active", active));
    }

    /** {@link #updateShieldModeStatus(String, String, boolean)} as the token's user. */
    public CompletableFuture<ShieldModeStatus> updateShieldModeStatus(String broadcasterId, boolean active) {
        return updateShieldModeStatus(broadcasterId, api.userId(), active);
    }

    /** The channel's Shield Mode status. */
    public CompletableFuture<ShieldModeStatus> getShieldModeStatus(String broadcasterId, String moderatorId) {
        return GET_SHIELD_MODE.single(api, moderated(broadcasterId, moderatorId), null);
    }

    /** {@link #getShieldModeStatus(String, String)} as the token's user. */
    public CompletableFuture<ShieldModeStatus> getShieldModeStatus(String broadcasterId) {
        return getShieldModeStatus(broadcasterId, api.userId());
    }

    /**
     * Warns {@code userId}, who cannot chat until they acknowledge it (a new warning replaces the last).
     *
     * @param reason required, at most 500 characters
     */
    public CompletableFuture<Warning> warnChatUser(String broadcasterId, String moderatorId, String userId,
                                                   String reason) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        Checks.notBlank(userId, "userId");
        Checks.notBlank(reason, "reason");
        Limits.atMost(reason, MAX_REASON_LENGTH, "reason");
        return WARN_CHAT_USER.single(api, query, Map.of("data", Bodies.of("user_id", userId, "reason", reason)));
    }

    /** {@link #warnChatUser(String, String, String, String)} as the token's user. */
    public CompletableFuture<Warning> warnChatUser(String broadcasterId, String userId, String reason) {
        return warnChatUser(broadcasterId, api.userId(), userId, reason);
    }

    /**
     * Marks a chatter as suspicious. Takes a user or an app token.
     *
     * @param status {@link SuspiciousUserStatus#ACTIVE_MONITORING} or {@link SuspiciousUserStatus#RESTRICTED}
     */
    public CompletableFuture<SuspiciousUser> addSuspiciousStatusToChatUser(String broadcasterId, String moderatorId,
                                                                           String userId,
                                                                           SuspiciousUserStatus status) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        Checks.notBlank(userId, "userId");
        if (!SuspiciousUserStatus.ACTIVE_MONITORING.equals(status)
                && !SuspiciousUserStatus.RESTRICTED.equals(status)) {
            throw new IllegalArgumentException("status must be ACTIVE_MONITORING or RESTRICTED, got " + status);
        }
        return ADD_SUSPICIOUS.single(api, query, Bodies.of("user_id", userId, "status", status.value()));
    }

    /** {@link #addSuspiciousStatusToChatUser(String, String, String, SuspiciousUserStatus)} as the token's user. */
    public CompletableFuture<SuspiciousUser> addSuspiciousStatusToChatUser(String broadcasterId, String userId,
                                                                           SuspiciousUserStatus status) {
        return addSuspiciousStatusToChatUser(broadcasterId, api.userId(), userId, status);
    }

    /** Removes a chatter's suspicious status. Takes a user or an app token. */
    public CompletableFuture<SuspiciousUser> removeSuspiciousStatusFromChatUser(String broadcasterId,
                                                                                String moderatorId, String userId) {
        HelixQuery query = moderated(broadcasterId, moderatorId);
        return REMOVE_SUSPICIOUS.single(api, query.add("user_id", Checks.notBlank(userId, "userId")), null);
    }

    /** {@link #removeSuspiciousStatusFromChatUser(String, String, String)} as the token's user. */
    public CompletableFuture<SuspiciousUser> removeSuspiciousStatusFromChatUser(String broadcasterId,
                                                                                String userId) {
        return removeSuspiciousStatusFromChatUser(broadcasterId, api.userId(), userId);
    }

    // ---------------------------------------------------------------- queries

    private static HelixQuery moderated(String broadcasterId, String moderatorId) {
        return HelixQuery.create().add("broadcaster_id", Checks.notBlank(broadcasterId, "broadcasterId"))
                .add("moderator_id", Checks.notBlank(moderatorId, "moderatorId"));
    }

    private static HelixQuery channelUser(String broadcasterId, String userId) {
        return HelixQuery.create().add("broadcaster_id", Checks.notBlank(broadcasterId, "broadcasterId"))
                .add("user_id", Checks.notBlank(userId, "userId"));
    }
}
