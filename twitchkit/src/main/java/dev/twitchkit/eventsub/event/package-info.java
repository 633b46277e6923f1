/**
 * The typed EventSub events: one immutable record per subscription type and version, their nested types, and
 * the closed sets (value records with constants that keep values Twitch adds later instead of failing).
 *
 * <p>Naming: {@code channel.chat.message} v1 is {@code ChannelChatMessageEvent}; the first modelled version keeps
 * the bare name and later ones add {@code V<n>} ({@code AutomodMessageHoldV2Event}). Guest Star's beta types
 * (version {@code "beta"}) are named {@code ...BetaEvent} so that a future v1 can take the bare name.
 */
package dev.twitchkit.eventsub.event;
