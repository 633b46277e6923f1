package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The kind of an automatic Channel Points reward.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record AutomaticRewardType(String value) {
    /** {@code single_message_bypass_sub_mode} */
    public static final AutomaticRewardType SINGLE_MESSAGE_BYPASS_SUB_MODE =
            new AutomaticRewardType("single_message_bypass_sub_mode");
    /** {@code send_highlighted_message} */
    public static final AutomaticRewardType SEND_HIGHLIGHTED_MESSAGE =
            new AutomaticRewardType("send_highlighted_message");
    /** {@code random_sub_emote_unlock} */
    public static final AutomaticRewardType RANDOM_SUB_EMOTE_UNLOCK =
            new AutomaticRewardType("random_sub_emote_unlock");
    /** {@code chosen_sub_emote_unlock} */
    public static final AutomaticRewardType CHOSEN_SUB_EMOTE_UNLOCK =
            new AutomaticRewardType("chosen_sub_emote_unlock");
    /** {@code chosen_modified_sub_emote_unlock} */
    public static final AutomaticRewardType CHOSEN_MODIFIED_SUB_EMOTE_UNLOCK =
            new AutomaticRewardType("chosen_modified_sub_emote_unlock");
    /** {@code message_effect} */
    public static final AutomaticRewardType MESSAGE_EFFECT = new AutomaticRewardType("message_effect");
    /** {@code gigantify_an_emote} */
    public static final AutomaticRewardType GIGANTIFY_AN_EMOTE = new AutomaticRewardType("gigantify_an_emote");
    /** {@code celebration} */
    public static final AutomaticRewardType CELEBRATION = new AutomaticRewardType("celebration");

    private static final List<AutomaticRewardType> KNOWN = List.of(
            SINGLE_MESSAGE_BYPASS_SUB_MODE, SEND_HIGHLIGHTED_MESSAGE, RANDOM_SUB_EMOTE_UNLOCK,
            CHOSEN_SUB_EMOTE_UNLOCK, CHOSEN_MODIFIED_SUB_EMOTE_UNLOCK, MESSAGE_EFFECT, GIGANTIFY_AN_EMOTE,
            CELEBRATION);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public AutomaticRewardType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static AutomaticRewardType of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (AutomaticRewardType known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new AutomaticRewardType(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<AutomaticRewardType> known() {
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
