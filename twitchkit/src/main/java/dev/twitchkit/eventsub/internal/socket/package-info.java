/**
 * Stage 1 of the EventSub engine: one WebSocket on the JDK's client, partial frames joined, demand always
 * requested. Emits into {@link dev.twitchkit.eventsub.internal.socket.SocketListener}; imports no later stage.
 */
package dev.twitchkit.eventsub.internal.socket;
