/**
 * Stage 2: frame text to a sealed {@link dev.twitchkit.eventsub.internal.decode.Message}, nothing thrown on bad
 * input. A notification's envelope is read on the socket's reading thread; its event record is bound by
 * {@link dev.twitchkit.eventsub.internal.decode.PendingNotification#get()}, which the dispatch stage calls just
 * before delivery, with the same outcome as binding it at once.
 */
package dev.twitchkit.eventsub.internal.decode;
