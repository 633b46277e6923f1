/**
 * A {@link dev.twitchkit.transport.WebSocketTransport} on Jetty 12's WebSocket client:
 * {@link dev.twitchkit.transport.jetty.JettyWebSocketTransport}.
 */
package dev.twitchkit.transport.jetty;
