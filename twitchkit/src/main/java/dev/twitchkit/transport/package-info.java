/**
 * How the EventSub clients open their WebSockets: the {@link dev.twitchkit.transport.WebSocketTransport} service
 * interface, and the transport built on the JDK's client. Other transports (twitchkit-netty, twitchkit-jetty) plug
 * in through a builder's {@code transport(...)}. A transport only moves frames: joining a message's pieces, its size
 * cap, keepalives and reconnects stay in the engine, so every transport behaves the same towards Twitch.
 */
package dev.twitchkit.transport;
