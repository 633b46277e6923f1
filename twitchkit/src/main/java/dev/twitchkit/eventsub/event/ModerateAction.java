package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A moderation action; the sub-object of the same name carries its details.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ModerateAction(String value) {
    /** {@code ban} */
    public static final ModerateAction BAN = new ModerateAction("ban");
    /** {@code timeout} */
    public static final ModerateAction TIMEOUT = new ModerateAction("timeout");
    /** {@code unban} */
    public static final ModerateAction UNBAN = new ModerateAction("unban");
    /** {@code untimeout} */
    public static final ModerateAction UNTIMEOUT = new ModerateAction("untimeout");
    /** {@code clear} */
    public static final ModerateAction CLEAR = new ModerateAction("clear");
    /** {@code emoteonly} */
    public static final ModerateAction EMOTEONLY = new ModerateAction("emoteonly");
    /** {@code emoteonlyoff} */
    public static final ModerateAction EMOTEONLYOFF = new ModerateAction("emoteonlyoff");
    /** {@code followers} */
    public static final ModerateAction FOLLOWERS = new ModerateAction("followers");
    /** {@code followersoff} */
    public static final ModerateAction FOLLOWERSOFF = new ModerateAction("followersoff");
    /** {@code uniquechat} */
    public static final ModerateAction UNIQUECHAT = new ModerateAction("uniquechat");
    /** {@code uniquechatoff} */
    public static final ModerateAction UNIQUECHATOFF = new ModerateAction("uniquechatoff");
    /** {@code slow} */
    public static final ModerateAction SLOW = new ModerateAction("slow");
    /** {@code slowoff} */
    public static final ModerateAction SLOWOFF = new ModerateAction("slowoff");
    /** {@code subscribers} */
    public static final ModerateAction SUBSCRIBERS = new ModerateAction("subscribers");
    /** {@code subscribersoff} */
    public static final ModerateAction SUBSCRIBERSOFF = new ModerateAction("subscribersoff");
    /** {@code unraid} */
    public static final ModerateAction UNRAID = new ModerateAction("unraid");
    /** {@code delete} */
    public static final ModerateAction DELETE = new ModerateAction("delete");
    /** {@code unvip} */
    public static final ModerateAction UNVIP = new ModerateAction("unvip");
    /** {@code vip} */
    public static final ModerateAction VIP = new ModerateAction("vip");
    /** {@code raid} */
    public static final ModerateAction RAID = new ModerateAction("raid");
    /** {@code add_blocked_term} */
    public static final ModerateAction ADD_BLOCKED_TERM = new ModerateAction("add_blocked_term");
    /** {@code add_permitted_term} */
    public static final ModerateAction ADD_PERMITTED_TERM = new ModerateAction("add_permitted_term");
    /** {@code remove_blocked_term} */
    public static final ModerateAction REMOVE_BLOCKED_TERM = new ModerateAction("remove_blocked_term");
    /** {@code remove_permitted_term} */
    public static final ModerateAction REMOVE_PERMITTED_TERM = new ModerateAction("remove_permitted_term");
    /** {@code mod} */
    public static final ModerateAction MOD = new ModerateAction("mod");
    /** {@code unmod} */
    public static final ModerateAction UNMOD = new ModerateAction("unmod");
    /** {@code approve_unban_request} */
    public static final ModerateAction APPROVE_UNBAN_REQUEST = new ModerateAction("approve_unban_request");
    /** {@code deny_unban_request} */
    public static final ModerateAction DENY_UNBAN_REQUEST = new ModerateAction("deny_unban_request");
    /** {@code warn} */
    public static final ModerateAction WARN = new ModerateAction("warn");
    /** {@code shared_chat_ban} */
    public static final ModerateAction SHARED_CHAT_BAN = new ModerateAction("shared_chat_ban");
    /** {@code shared_chat_timeout} */
    public static final ModerateAction SHARED_CHAT_TIMEOUT = new ModerateAction("shared_chat_timeout");
    /** {@code shared_chat_unban} */
    public static final ModerateAction SHARED_CHAT_UNBAN = new ModerateAction("shared_chat_unban");
    /** {@code shared_chat_untimeout} */
    public static final ModerateAction SHARED_CHAT_UNTIMEOUT = new ModerateAction("shared_chat_untimeout");
    /** {@code shared_chat_delete} */
    public static final ModerateAction SHARED_CHAT_DELETE = new ModerateAction("shared_chat_delete");

    private static final List<ModerateAction> KNOWN = List.of(
            BAN, TIMEOUT, UNBAN, UNTIMEOUT, CLEAR, EMOTEONLY, EMOTEONLYOFF, FOLLOWERS, FOLLOWERSOFF, UNIQUECHAT,
            UNIQUECHATOFF, SLOW, SLOWOFF, SUBSCRIBERS, SUBSCRIBERSOFF, UNRAID, DELETE, UNVIP, VIP, RAID,
            ADD_BLOCKED_TERM, ADD_PERMITTED_TERM, REMOVE_BLOCKED_TERM, REMOVE_PERMITTED_TERM, MOD, UNMOD,
            APPROVE_UNBAN_REQUEST, DENY_UNBAN_REQUEST, WARN, SHARED_CHAT_BAN, SHARED_CHAT_TIMEOUT,
            SHARED_CHAT_UNBAN, SHARED_CHAT_UNTIMEOUT, SHARED_CHAT_DELETE);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ModerateAction {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ModerateAction of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ModerateAction known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ModerateAction(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ModerateAction> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** The value as Twitch sends it. */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
