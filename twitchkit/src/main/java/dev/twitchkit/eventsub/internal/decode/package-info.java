/**
 * Stage 2: frame text to a sealed {@link dev.twitchkit.eventsub.internal.decode.Message}, typed events bound to
 * their records, nothing thrown on bad input.
 */
package dev.twitchkit.eventsub.internal.decode;
