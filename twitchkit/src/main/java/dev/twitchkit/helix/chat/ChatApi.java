package dev.twitchkit.helix.chat;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.eventsub.event.AnnouncementColor;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Page;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Chat: messages, announcements, shoutouts, chat settings, chatters, name colors, emotes, badges and shared chat
 * sessions.
 */
public final class ChatApi {
    /** Twitch's limit on a chat message's length. */
    public static final int MAX_MESSAGE_LENGTH = 500;
    /** Twitch's limit on an announcement's length (it cuts longer ones). */
    public static final int MAX_ANNOUNCEMENT_LENGTH = 500;
    /** Twitch's limit on users per Get User Chat Color call; longer look-ups are split into such calls. */
    public static final int MAX_COLOR_USERS = 100;
    /** Twitch's limit on emote sets per Get Emote Sets call. */
    public static final int MAX_EMOTE_SETS = 25;
    /** The named colors every user may pick; Turbo and Prime users may also pick a hex code such as #9146FF. */
    public static final Set<String> NAMED_COLORS = Set.of("blue", "blue_violet", "cadet_blue", "chocolate", "coral",
            "dodger_blue", "firebrick", "golden_rod", "green", "hot_pink", "orange_red", "red", "sea_green",
            "spring_green", "yellow_green");
    private static final String CATEGORY = "Chat";
    /** Get User Emotes takes no page size; the paginator needs one to cap what it asks for. */
    private static final int USER_EMOTES_PAGE = 1000;

    static final ListEndpoint<SentChatMessage> SEND = Endpoint.declare(CATEGORY, "Send Chat Message", "sendChatMessage")
            // A user token needs user:write:chat; an app token needs the sender's user:bot (and channel:bot),
            // which only Twitch can check.
            .route("POST", "/chat/messages").scopes(Scope.USER_WRITE_CHAT).data(SentChatMessage.class);
    static final ListEndpoint<Chatter> GET_CHATTERS = Endpoint.declare(CATEGORY, "Get Chatters", "getChatters")
            .route("GET", "/chat/chatters").scopes(Scope.MODERATOR_READ_CHATTERS).userToken()
            .list(Chatter.class, 1000);
    static final Endpoint<EmoteList> GET_CHANNEL_EMOTES = Endpoint.declare(CATEGORY, "Get Channel Emotes",
            "getChannelEmotes").route("GET", "/chat/emotes").json(EmoteList.class);
    static final Endpoint<EmoteList> GET_GLOBAL_EMOTES = Endpoint.declare(CATEGORY, "Get Global Emotes",
            "getGlobalEmotes").route("GET", "/chat/emotes/global").json(EmoteList.class);
    static final Endpoint<EmoteList> GET_EMOTE_SETS = Endpoint.declare(CATEGORY, "Get Emote Sets", "getEmoteSets")
            .route("GET", "/chat/emotes/set").json(EmoteList.class);
    static final ListEndpoint<Emote> GET_USER_EMOTES = Endpoint.declare(CATEGORY, "Get User Emotes", "getUserEmotes")
            .route("GET", "/chat/emotes/user").scopes(Scope.USER_READ_EMOTES).userToken().data(Emote.class);
    static final ListEndpoint<ChatBadgeSet> GET_CHANNEL_BADGES = Endpoint.declare(CATEGORY,
            "Get Channel Chat Badges", "getChannelChatBadges").route("GET", "/chat/badges").data(ChatBadgeSet.class);
    static final ListEndpoint<ChatBadgeSet> GET_GLOBAL_BADGES = Endpoint.declare(CATEGORY, "Get Global Chat Badges",
            "getGlobalChatBadges").route("GET", "/chat/badges/global").data(ChatBadgeSet.class);
    static final ListEndpoint<ChatSettings> GET_SETTINGS = Endpoint.declare(CATEGORY, "Get Chat Settings",
            "getChatSettings").route("GET", "/chat/settings").data(ChatSettings.class);
    static final ListEndpoint<ChatSettings> UPDATE_SETTINGS = Endpoint.declare(CATEGORY, "Update Chat Settings",
            "updateChatSettings").route("PATCH", "/chat/settings").scopes(Scope.MODERATOR_MANAGE_CHAT_SETTINGS)
            .userToken().data(ChatSettings.class);
    static final ListEndpoint<SharedChatSession> GET_SHARED_CHAT = Endpoint.declare(CATEGORY,
            "Get Shared Chat Session", "getSharedChatSession").route("GET", "/shared_chat/session")
            .data(SharedChatSession.class);
    static final Endpoint<Void> SEND_ANNOUNCEMENT = Endpoint.declare(CATEGORY, "Send Chat Announcement",
            "sendChatAnnouncement").route("POST", "/chat/announcements").scopes(Scope.MODERATOR_MANAGE_ANNOUNCEMENTS)
            .userToken().noContent();
    static final Endpoint<Void> SEND_SHOUTOUT = Endpoint.declare(CATEGORY, "Send a Shoutout", "sendShoutout")
            .route("POST", "/chat/shoutouts").scopes(Scope.MODERATOR_MANAGE_SHOUTOUTS).userToken().noContent();
    static final ListEndpoint<UserChatColor> GET_COLOR = Endpoint.declare(CATEGORY, "Get User Chat Color",
            "getUserChatColor").route("GET", "/chat/color").data(UserChatColor.class);
    static final Endpoint<Void> UPDATE_COLOR = Endpoint.declare(CATEGORY, "Update User Chat Color",
            "updateUserChatColor").route("PUT", "/chat/color").scopes(Scope.USER_MANAGE_CHAT_COLOR).userToken()
            .noContent();

    private final HelixApi api;

    /** The chat endpoints on {@code api}'s token. */
    public ChatApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    // ---------------------------------------------------------------- messages

    /** Sends {@code message} to {@code broadcasterId}'s chat as {@code senderId}. */
    public CompletableFuture<SentChatMessage> sendChatMessage(String broadcasterId, String senderId, String message) {
        return sendChatMessage(broadcasterId, senderId, message, null);
    }

    /**
     * Sends a chat message, optionally as a reply. When Twitch accepts the request but does not deliver the message
     * ({@code is_sent: false}: a duplicate, AutoMod, a chat mode), the future fails with a
     * {@link ChatMessageDroppedException} carrying Twitch's code and reason, so a dropped message is never taken
     * for a sent one.
     *
     * @param broadcasterId the channel
     * @param senderId the user sending (the token's user, or the bot for app tokens)
     * @param message 1 to 500 characters
     * @param replyParentMessageId the message replied to, or null
     */
    public CompletableFuture<SentChatMessage> sendChatMessage(String broadcasterId, String senderId, String message,
                                                              String replyParentMessageId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(senderId, "senderId");
        checkLength(message, MAX_MESSAGE_LENGTH, "message");
        return SEND.single(api, null, Bodies.of("broadcaster_id", broadcasterId, "sender_id", senderId,
                "message", message, "reply_parent_message_id", replyParentMessageId)).thenApply(sent -> {
                    if (!sent.isSent()) {
                        SentChatMessage.DropReason reason = sent.dropReason();
                        throw new ChatMessageDroppedException(SEND.route(),
                                reason == null ? "unknown" : reason.code(),
                                reason == null ? "Twitch gave no reason" : reason.message());
                    }
                    return sent;
                });
    }

    /**
     * Posts an announcement, highlighted in {@code color}, to the channel's chat as {@code moderatorId} (the
     * broadcaster or one of their moderators: the token's user). Twitch takes one every 2 seconds per sender and
     * channel; one sooner fails with a {@link dev.twitchkit.helix.RateLimitedException}.
     *
     * @param message 1 to 500 characters
     * @param color the highlight, or null for the channel's accent color ({@code PRIMARY})
     */
    public CompletableFuture<Void> sendChatAnnouncement(String broadcasterId, String moderatorId, String message,
                                                        AnnouncementColor color) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(moderatorId, "moderatorId");
        checkLength(message, MAX_ANNOUNCEMENT_LENGTH, "message");
        if (color != null && !color.isKnown()) {
            throw new IllegalArgumentException("color must be one of " + AnnouncementColor.known() + ", got " + color);
        }
        return SEND_ANNOUNCEMENT.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("moderator_id", moderatorId), Bodies.of("message", message,
                "color", color == null ? null : color.value().toLowerCase(Locale.ROOT)));
    }

    /** {@link #sendChatAnnouncement(String, String, String, AnnouncementColor)} as the token's user. */
    public CompletableFuture<Void> sendChatAnnouncement(String broadcasterId, String message,
                                                        AnnouncementColor color) {
        return sendChatAnnouncement(broadcasterId, api.userId(), message, color);
    }

    /**
     * Gives {@code toBroadcasterId} a shoutout in {@code fromBroadcasterId}'s chat, as {@code moderatorId} (the
     * token's user). Twitch allows one every 2 minutes per channel and one per 60 minutes to the same channel; more
     * fail with a {@link dev.twitchkit.helix.RateLimitedException}.
     */
    public CompletableFuture<Void> sendShoutout(String fromBroadcasterId, String toBroadcasterId, String moderatorId) {
        Checks.notBlank(fromBroadcasterId, "fromBroadcasterId");
        Checks.notBlank(toBroadcasterId, "toBroadcasterId");
        Checks.notBlank(moderatorId, "moderatorId");
        if (fromBroadcasterId.equals(toBroadcasterId)) {
            throw new IllegalArgumentException("a broadcaster may not give themselves a shoutout");
        }
        return SEND_SHOUTOUT.call(api, HelixQuery.create().add("from_broadcaster_id", fromBroadcasterId)
                .add("to_broadcaster_id", toBroadcasterId).add("moderator_id", moderatorId), null);
    }

    /** {@link #sendShoutout(String, String, String)} as the token's user. */
    public CompletableFuture<Void> sendShoutout(String fromBroadcasterId, String toBroadcasterId) {
        return sendShoutout(fromBroadcasterId, toBroadcasterId, api.userId());
    }

    // ---------------------------------------------------------------- settings and people

    /**
     * The channel's chat settings. With {@code moderatorId} (the token's user, a moderator, and a token with
     * {@code moderator:read:chat_settings} or {@code moderator:manage:chat_settings}) the answer includes the
     * non-moderator chat delay.
     *
     * @param moderatorId the token's user, or null
     */
    public CompletableFuture<ChatSettings> getChatSettings(String broadcasterId, String moderatorId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_SETTINGS.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("moderator_id", moderatorId), null);
    }

    /** The channel's chat settings, without the moderator-only ones. */
    public CompletableFuture<ChatSettings> getChatSettings(String broadcasterId) {
        return getChatSettings(broadcasterId, null);
    }

    /** Changes the channel's chat settings as {@code moderatorId} (the token's user); answers the new settings. */
    public CompletableFuture<ChatSettings> updateChatSettings(String broadcasterId, String moderatorId,
                                                              ChatSettingsUpdate update) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(moderatorId, "moderatorId");
        Checks.notNull(update, "update");
        if (update.isEmpty()) {
            throw new IllegalArgumentException("the update sets no chat setting");
        }
        return UPDATE_SETTINGS.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("moderator_id", moderatorId), update.body());
    }

    /** {@link #updateChatSettings(String, String, ChatSettingsUpdate)} as the token's user. */
    public CompletableFuture<ChatSettings> updateChatSettings(String broadcasterId, ChatSettingsUpdate update) {
        return updateChatSettings(broadcasterId, api.userId(), update);
    }

    /**
     * The users in the channel's chat, up to 1,000 a page; the paginator's {@code lastPage().total()} is Twitch's
     * count of them.
     *
     * @param moderatorId the broadcaster or one of their moderators: the token's user
     */
    public Paginator<Chatter> getChatters(String broadcasterId, String moderatorId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(moderatorId, "moderatorId");
        return GET_CHATTERS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("moderator_id", moderatorId));
    }

    /** {@link #getChatters(String, String)} as the token's user. */
    public Paginator<Chatter> getChatters(String broadcasterId) {
        return getChatters(broadcasterId, api.userId());
    }

    /**
     * The chat name colors of the users, any number (asked 100 a call, merged in order); unknown users are left
     * out.
     */
    public CompletableFuture<List<UserChatColor>> getUserChatColor(Collection<String> userIds) {
        Checks.notNull(userIds, "userIds");
        return GET_COLOR.lookup(api, null, "user_id", userIds, MAX_COLOR_USERS);
    }

    /**
     * Changes the color of {@code userId}'s (the token's user's) name in chat. Twitch raises no event for it.
     *
     * @param color one of {@link #NAMED_COLORS}, or a hex code {@code #RRGGBB} (Turbo and Prime users only)
     */
    public CompletableFuture<Void> updateUserChatColor(String userId, String color) {
        Checks.notBlank(userId, "userId");
        Checks.notBlank(color, "color");
        if (!NAMED_COLORS.contains(color) && !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("color must be a named color " + NAMED_COLORS.stream().sorted().toList()
                    + " or a hex code such as #9146FF, got " + color);
        }
        return UPDATE_COLOR.call(api, HelixQuery.create().add("user_id", userId).add("color", color), null);
    }

    /** {@link #updateUserChatColor(String, String)} for the token's user. */
    public CompletableFuture<Void> updateUserChatColor(String color) {
        return updateUserChatColor(api.userId(), color);
    }

    /** The shared chat session the channel takes part in, if any. */
    public CompletableFuture<Optional<SharedChatSession>> getSharedChatSession(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_SHARED_CHAT.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null)
                .thenApply(sessions -> sessions.stream().findFirst());
    }

    // ---------------------------------------------------------------- emotes and badges

    /** The channel's custom emotes (subscriber, follower, Bits tier). */
    public CompletableFuture<EmoteList> getChannelEmotes(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_CHANNEL_EMOTES.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** Twitch's global emotes. */
    public CompletableFuture<EmoteList> getGlobalEmotes() {
        return GET_GLOBAL_EMOTES.call(api, null, null);
    }

    /** The emotes of up to 25 emote sets. */
    public CompletableFuture<EmoteList> getEmoteSets(Collection<String> emoteSetIds) {
        Checks.notNull(emoteSetIds, "emoteSetIds");
        if (emoteSetIds.isEmpty() || emoteSetIds.size() > MAX_EMOTE_SETS) {
            throw new IllegalArgumentException("between 1 and " + MAX_EMOTE_SETS + " emote set ids, got "
                    + emoteSetIds.size());
        }
        emoteSetIds.forEach(id -> Checks.notBlank(id, "emoteSetId"));
        return GET_EMOTE_SETS.call(api, HelixQuery.create().addAll("emote_set_id", emoteSetIds), null);
    }

    /**
     * The emotes {@code userId} (the token's user) may use in any channel, page by page (Twitch chooses the page
     * size: this endpoint takes no {@code first}); with {@code broadcasterId} that channel's follower emotes are
     * included. Image addresses come from Twitch's template ({@link Emote#imageUrl}), the same as
     * {@link EmoteList#template()} of the other emote endpoints.
     *
     * @param broadcasterId a channel whose follower emotes to include, or null
     */
    public Paginator<Emote> getUserEmotes(String userId, String broadcasterId) {
        Checks.notBlank(userId, "userId");
        HelixQuery query = HelixQuery.create().add("user_id", userId).add("broadcaster_id", broadcasterId);
        return Paginator.of((cursor, size) -> GET_USER_EMOTES.call(api, query.copy().add("after", cursor), null)
                .thenApply(Page::of), USER_EMOTES_PAGE);
    }

    /** {@link #getUserEmotes(String, String)} for the token's user, without follower emotes of a channel. */
    public Paginator<Emote> getUserEmotes() {
        return getUserEmotes(api.userId(), null);
    }

    /** The channel's custom chat badges (subscriber, Bits). */
    public CompletableFuture<List<ChatBadgeSet>> getChannelChatBadges(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_CHANNEL_BADGES.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** Twitch's global chat badges. */
    public CompletableFuture<List<ChatBadgeSet>> getGlobalChatBadges() {
        return GET_GLOBAL_BADGES.data(api, null, null);
    }

    private static void checkLength(String text, int max, String name) {
        Checks.notBlank(text, name);
        if (text.length() > max) {
            throw new IllegalArgumentException(name + " must be at most " + max + " characters, got "
                    + text.length());
        }
    }
}
