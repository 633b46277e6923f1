/**
 * Stage 1 of the EventSub engine: one WebSocket on a {@link dev.twitchkit.transport.WebSocketTransport}, a message's
 * pieces joined under its size cap, each socket ended once. Emits into
 * {@link dev.twitchkit.eventsub.internal.socket.SocketListener}; imports no later stage.
 */
package dev.twitchkit.eventsub.internal.socket;
