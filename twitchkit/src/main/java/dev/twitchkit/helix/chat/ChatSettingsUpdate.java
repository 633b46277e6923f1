package dev.twitchkit.helix.chat;

import dev.twitchkit.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chat settings to change (Update Chat Settings); settings not set stay as they are. A mode with a duration is
 * set together with it, as Twitch requires, and each duration is checked against Twitch's range here:
 * <pre>{@code
 * ChatSettingsUpdate.create().slowMode(30).followerMode(10).emoteMode(false)
 * }</pre>
 */
public final class ChatSettingsUpdate {
    /** Slow mode's shortest wait, in seconds. */
    public static final int MIN_SLOW_MODE_SECONDS = 3;
    /** Slow mode's longest wait, in seconds. */
    public static final int MAX_SLOW_MODE_SECONDS = 120;
    /** Follower mode's longest required follow, in minutes (three months). */
    public static final int MAX_FOLLOWER_MINUTES = 129_600;

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ChatSettingsUpdate() {
    }

    /** An update that changes nothing yet. */
    public static ChatSettingsUpdate create() {
        return new ChatSettingsUpdate();
    }

    /** Only emotes allowed, or not. */
    public ChatSettingsUpdate emoteMode(boolean on) {
        fields.put("emote_mode", on);
        return this;
    }

    /** Only users who have followed for {@code minutes} (0 to 129,600; 0: any follower) may chat. */
    public ChatSettingsUpdate followerMode(int minutes) {
        Checks.inRange(minutes, 0, MAX_FOLLOWER_MINUTES, "follower mode minutes");
        fields.put("follower_mode", true);
        fields.put("follower_mode_duration", minutes);
        return this;
    }

    /** Turns follower mode off. */
    public ChatSettingsUpdate followerModeOff() {
        fields.put("follower_mode", false);
        fields.remove("follower_mode_duration");
        return this;
    }

    /** Users wait {@code seconds} (3 to 120) between messages. */
    public ChatSettingsUpdate slowMode(int seconds) {
        Checks.inRange(seconds, MIN_SLOW_MODE_SECONDS, MAX_SLOW_MODE_SECONDS, "slow mode seconds");
        fields.put("slow_mode", true);
        fields.put("slow_mode_wait_time", seconds);
        return this;
    }

    /** Turns slow mode off. */
    public ChatSettingsUpdate slowModeOff() {
        fields.put("slow_mode", false);
        fields.remove("slow_mode_wait_time");
        return this;
    }

    /** Delays non-moderators' messages by {@code seconds}: 2, 4 or 6, as Twitch allows. */
    public ChatSettingsUpdate nonModeratorChatDelay(int seconds) {
        if (seconds != 2 && seconds != 4 && seconds != 6) {
            throw new IllegalArgumentException("the non-moderator chat delay must be 2, 4 or 6 seconds, got "
                    + seconds);
        }
        fields.put("non_moderator_chat_delay", true);
        fields.put("non_moderator_chat_delay_duration", seconds);
        return this;
    }

    /** Turns the non-moderator chat delay off. */
    public ChatSettingsUpdate nonModeratorChatDelayOff() {
        fields.put("non_moderator_chat_delay", false);
        fields.remove("non_moderator_chat_delay_duration");
        return this;
    }

    /** Only subscribers may chat, or not. */
    public ChatSettingsUpdate subscriberMode(boolean on) {
        fields.put("subscriber_mode", on);
        return this;
    }

    /** Messages must be unique, or not. */
    public ChatSettingsUpdate uniqueChatMode(boolean on) {
        fields.put("unique_chat_mode", on);
        return this;
    }

    /** Whether nothing is set, which Twitch would answer with the settings unchanged. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The request body. */
    Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    @Override
    public String toString() {
        return "ChatSettingsUpdate" + fields;
    }
}
