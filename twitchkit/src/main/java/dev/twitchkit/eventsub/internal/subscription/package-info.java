/**
 * Beside the chain: which subscriptions a user's client wants and where Twitch holds them, within the WebSocket
 * limits, recreated on new sessions through Helix with the current token.
 */
package dev.twitchkit.eventsub.internal.subscription;
