package dev.twitchkit.eventsub.event;

/**
 * The Power-up bought with Bits.
 *
 * @param type {@code type}
 * @param emote {@code emote}; may be null: null unless the Power-up targets an emote
 * @param messageEffectId {@code message_effect_id}; may be null: null unless the Power-up is a message effect
 */
public record PowerUp(
        PowerUpType type,
        PowerUpEmote emote,
        String messageEffectId) {
}
