package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a chat message.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ChatMessageType(String value) {
    /** {@code text} */
    public static final ChatMessageType TEXT = new ChatMessageType("text");
    /** {@code channel_points_highlighted} */
    public static final ChatMessageType CHANNEL_POINTS_HIGHLIGHTED = new ChatMessageType("channel_points_highlighted");
    /** {@code channel_points_sub_only} */
    public static final ChatMessageType CHANNEL_POINTS_SUB_ONLY = new ChatMessageType("channel_points_sub_only");
    /** {@code user_intro} */
    public static final ChatMessageType USER_INTRO = new ChatMessageType("user_intro");
    /** {@code power_ups_message_effect} */
    public static final ChatMessageType POWER_UPS_MESSAGE_EFFECT = new ChatMessageType("power_ups_message_effect");
    /** {@code power_ups_gigantified_emote} */
    public static final ChatMessageType POWER_UPS_GIGANTIFIED_EMOTE =
            new ChatMessageType("power_ups_gigantified_emote");

    private static final List<ChatMessageType> KNOWN = List.of(
            TEXT, CHANNEL_POINTS_HIGHLIGHTED, CHANNEL_POINTS_SUB_ONLY, USER_INTRO, POWER_UPS_MESSAGE_EFFECT,
            POWER_UPS_GIGANTIFIED_EMOTE);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ChatMessageType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ChatMessageType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ChatMessageType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ChatMessageType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ChatMessageType> known() {
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
