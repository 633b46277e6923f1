package dev.twitchkit.auth;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The OAuth scopes Twitch documents for the Helix API, EventSub and chat (IRC), each carrying the string
 * Twitch uses. Scopes this enum does not know yet (Twitch adds them) are kept as strings by {@link ScopeSet},
 * never dropped.
 */
public enum Scope {
    /** View analytics data for the Twitch Extensions owned by the authenticated account. */
    ANALYTICS_READ_EXTENSIONS("analytics:read:extensions"),
    /** View analytics data for the games owned by the authenticated account. */
    ANALYTICS_READ_GAMES("analytics:read:games"),
    /** View Bits information for a channel. */
    BITS_READ("bits:read"),
    /** Join a channel's chat as a bot user and act in it as that user. */
    CHANNEL_BOT("channel:bot"),
    /** Manage ads schedule on a channel. */
    CHANNEL_MANAGE_ADS("channel:manage:ads"),
    /** Read the ads schedule and details on a channel. */
    CHANNEL_READ_ADS("channel:read:ads"),
    /** Manage a channel's broadcast configuration, stream markers and tags. */
    CHANNEL_MANAGE_BROADCAST("channel:manage:broadcast"),
    /** Read charity campaign details and donations on a channel. */
    CHANNEL_READ_CHARITY("channel:read:charity"),
    /** Manage clips of a channel. */
    CHANNEL_MANAGE_CLIPS("channel:manage:clips"),
    /** Run commercials on a channel. */
    CHANNEL_EDIT_COMMERCIAL("channel:edit:commercial"),
    /** View the users with the editor role on a channel. */
    CHANNEL_READ_EDITORS("channel:read:editors"),
    /** Manage a channel's Extension configuration. */
    CHANNEL_MANAGE_EXTENSIONS("channel:manage:extensions"),
    /** View Creator Goals of a channel. */
    CHANNEL_READ_GOALS("channel:read:goals"),
    /** Read Guest Star details for a channel. */
    CHANNEL_READ_GUEST_STAR("channel:read:guest_star"),
    /** Manage Guest Star for a channel. */
    CHANNEL_MANAGE_GUEST_STAR("channel:manage:guest_star"),
    /** View Hype Train information for a channel. */
    CHANNEL_READ_HYPE_TRAIN("channel:read:hype_train"),
    /** Add or remove the moderator role on a channel. */
    CHANNEL_MANAGE_MODERATORS("channel:manage:moderators"),
    /** View a channel's polls. */
    CHANNEL_READ_POLLS("channel:read:polls"),
    /** Manage a channel's polls. */
    CHANNEL_MANAGE_POLLS("channel:manage:polls"),
    /** View a channel's Channel Points Predictions. */
    CHANNEL_READ_PREDICTIONS("channel:read:predictions"),
    /** Manage a channel's Channel Points Predictions. */
    CHANNEL_MANAGE_PREDICTIONS("channel:manage:predictions"),
    /** Manage a channel's raids. */
    CHANNEL_MANAGE_RAIDS("channel:manage:raids"),
    /** View Channel Points custom rewards and their redemptions. */
    CHANNEL_READ_REDEMPTIONS("channel:read:redemptions"),
    /** Manage Channel Points custom rewards and their redemptions. */
    CHANNEL_MANAGE_REDEMPTIONS("channel:manage:redemptions"),
    /** Manage a channel's stream schedule. */
    CHANNEL_MANAGE_SCHEDULE("channel:manage:schedule"),
    /** View an authorized user's stream key. */
    CHANNEL_READ_STREAM_KEY("channel:read:stream_key"),
    /** View a channel's subscribers. */
    CHANNEL_READ_SUBSCRIPTIONS("channel:read:subscriptions"),
    /** Manage a channel's videos. */
    CHANNEL_MANAGE_VIDEOS("channel:manage:videos"),
    /** View a channel's VIPs. */
    CHANNEL_READ_VIPS("channel:read:vips"),
    /** Add or remove the VIP role on a channel. */
    CHANNEL_MANAGE_VIPS("channel:manage:vips"),
    /** Perform moderation actions in a channel (chat and EventSub). */
    CHANNEL_MODERATE("channel:moderate"),
    /** Create clips. */
    CLIPS_EDIT("clips:edit"),
    /** Manage clips as an editor of a channel. */
    EDITOR_MANAGE_CLIPS("editor:manage:clips"),
    /** View a channel's moderation data. */
    MODERATION_READ("moderation:read"),
    /** Send announcements in channels where you are a moderator. */
    MODERATOR_MANAGE_ANNOUNCEMENTS("moderator:manage:announcements"),
    /** Manage messages held for review by AutoMod. */
    MODERATOR_MANAGE_AUTOMOD("moderator:manage:automod"),
    /** View AutoMod settings. */
    MODERATOR_READ_AUTOMOD_SETTINGS("moderator:read:automod_settings"),
    /** Manage AutoMod settings. */
    MODERATOR_MANAGE_AUTOMOD_SETTINGS("moderator:manage:automod_settings"),
    /** Read the list of banned or timed-out users. */
    MODERATOR_READ_BANNED_USERS("moderator:read:banned_users"),
    /** Ban and unban users. */
    MODERATOR_MANAGE_BANNED_USERS("moderator:manage:banned_users"),
    /** View a channel's blocked terms. */
    MODERATOR_READ_BLOCKED_TERMS("moderator:read:blocked_terms"),
    /** Read deleted chat messages. */
    MODERATOR_READ_CHAT_MESSAGES("moderator:read:chat_messages"),
    /** Manage a channel's blocked terms. */
    MODERATOR_MANAGE_BLOCKED_TERMS("moderator:manage:blocked_terms"),
    /** Delete chat messages. */
    MODERATOR_MANAGE_CHAT_MESSAGES("moderator:manage:chat_messages"),
    /** View a channel's chat settings. */
    MODERATOR_READ_CHAT_SETTINGS("moderator:read:chat_settings"),
    /** Manage a channel's chat settings. */
    MODERATOR_MANAGE_CHAT_SETTINGS("moderator:manage:chat_settings"),
    /** View the chatters in a channel. */
    MODERATOR_READ_CHATTERS("moderator:read:chatters"),
    /** Read the followers of a channel. */
    MODERATOR_READ_FOLLOWERS("moderator:read:followers"),
    /** Read Guest Star details where you are a moderator. */
    MODERATOR_READ_GUEST_STAR("moderator:read:guest_star"),
    /** Manage Guest Star where you are a moderator. */
    MODERATOR_MANAGE_GUEST_STAR("moderator:manage:guest_star"),
    /** Read the moderators of a channel. */
    MODERATOR_READ_MODERATORS("moderator:read:moderators"),
    /** View a channel's Shield Mode status. */
    MODERATOR_READ_SHIELD_MODE("moderator:read:shield_mode"),
    /** Manage a channel's Shield Mode status. */
    MODERATOR_MANAGE_SHIELD_MODE("moderator:manage:shield_mode"),
    /** View a channel's Shoutouts. */
    MODERATOR_READ_SHOUTOUTS("moderator:read:shoutouts"),
    /** Manage a channel's Shoutouts. */
    MODERATOR_MANAGE_SHOUTOUTS("moderator:manage:shoutouts"),
    /** Read chat messages from suspicious users and their status. */
    MODERATOR_READ_SUSPICIOUS_USERS("moderator:read:suspicious_users"),
    /** Change the suspicious status of users. */
    MODERATOR_MANAGE_SUSPICIOUS_USERS("moderator:manage:suspicious_users"),
    /** View a channel's unban requests. */
    MODERATOR_READ_UNBAN_REQUESTS("moderator:read:unban_requests"),
    /** Manage a channel's unban requests. */
    MODERATOR_MANAGE_UNBAN_REQUESTS("moderator:manage:unban_requests"),
    /** Read the VIPs of a channel. */
    MODERATOR_READ_VIPS("moderator:read:vips"),
    /** Read warnings in channels where you are a moderator. */
    MODERATOR_READ_WARNINGS("moderator:read:warnings"),
    /** Warn users in channels where you are a moderator. */
    MODERATOR_MANAGE_WARNINGS("moderator:manage:warnings"),
    /** Join a channel's chat as a bot user. */
    USER_BOT("user:bot"),
    /** Manage a user object. */
    USER_EDIT("user:edit"),
    /** View and edit a user's broadcasting configuration. */
    USER_EDIT_BROADCAST("user:edit:broadcast"),
    /** View the block list of a user. */
    USER_READ_BLOCKED_USERS("user:read:blocked_users"),
    /** Manage the block list of a user. */
    USER_MANAGE_BLOCKED_USERS("user:manage:blocked_users"),
    /** View a user's broadcasting configuration. */
    USER_READ_BROADCAST("user:read:broadcast"),
    /** Receive chatroom messages and informational notifications relating to a channel's chatroom. */
    USER_READ_CHAT("user:read:chat"),
    /** Update the color used for the user's name in chat. */
    USER_MANAGE_CHAT_COLOR("user:manage:chat_color"),
    /** View a user's email address. */
    USER_READ_EMAIL("user:read:email"),
    /** View emotes available to a user. */
    USER_READ_EMOTES("user:read:emotes"),
    /** View the list of channels a user follows. */
    USER_READ_FOLLOWS("user:read:follows"),
    /** Read the list of channels you have moderator privileges in. */
    USER_READ_MODERATED_CHANNELS("user:read:moderated_channels"),
    /** View if a user is subscribed to a channel. */
    USER_READ_SUBSCRIPTIONS("user:read:subscriptions"),
    /** Receive whispers sent to your user. */
    USER_READ_WHISPERS("user:read:whispers"),
    /** Receive and send whispers. */
    USER_MANAGE_WHISPERS("user:manage:whispers"),
    /** Send chat messages to a chatroom. */
    USER_WRITE_CHAT("user:write:chat"),
    /** Send chat messages to a chatroom using an IRC connection. */
    CHAT_EDIT("chat:edit"),
    /** View chat messages sent in a chatroom using an IRC connection. */
    CHAT_READ("chat:read"),
    /** Receive whisper messages through IRC (legacy). */
    WHISPERS_READ("whispers:read");

    private static final Map<String, Scope> BY_VALUE = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(Scope::value, Function.identity()));

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    /** Twitch's string for this scope, e.g. {@code moderator:read:followers}. */
    public String value() {
        return value;
    }

    /** The constant for Twitch's string; empty for a scope this version does not know. */
    public static Optional<Scope> of(String value) {
        return Optional.ofNullable(value == null ? null : BY_VALUE.get(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
